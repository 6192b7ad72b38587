package org.forewarn.review;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.forewarn.audit.Receipt;
import org.forewarn.shared.DomainException;
import org.forewarn.warning.KnownVsShared;

/**
 * What a statement of record says, and the rule that makes it checkable: it quotes the delivered
 * text exactly as the signed receipt has it. The drafted statement names only what the delivered
 * text itself contains; it never mentions what was withheld, nor why, since that would tell a third
 * party what the service knew and protects.
 */
final class StatementText {

    private static final DateTimeFormatter ON = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm zzz",
            Locale.ENGLISH);

    private StatementText() {
    }

    /**
     * What the signed receipt proves about a warning, read from its payload: the statement's facts
     * come from there, so the statement and its proof cannot disagree.
     */
    record Delivered(UUID warningId, String reference, String recipientName, Instant deliveredAt, String text,
                     String keyId) {

        static Delivered of(Receipt receipt) {
            if (!(receipt.payload() instanceof Map<?, ?> payload)
                    || !(payload.get("releasableText") instanceof String text)
                    || !(payload.get("reference") instanceof String reference)
                    || !(payload.get("deliveredAt") instanceof String deliveredAt)
                    || !(payload.get("recipient") instanceof Map<?, ?> recipient)
                    || !(recipient.get("name") instanceof String recipientName)) {
                throw DomainException.conflict("receipt-unreadable", "The receipt of warning " + receipt.warningId()
                        + " does not hold the reference, recipient, delivery time and text a statement of record "
                        + "needs; no statement can be drafted from it.");
            }
            return new Delivered(receipt.warningId(), reference, recipientName, Instant.parse(deliveredAt), text,
                    receipt.keyId());
        }
    }

    /**
     * "On 6 Mar 2024 at 15:00 MSK, &lt;organisation&gt; delivered a warning to &lt;recipient&gt; (reference W-…).
     * The text delivered named … The exact text delivered was: “…”. Its delivery is proved by …"
     *
     * @param read the delivered text read facet by facet (only what it contains is said)
     * @param zone the case's time zone
     */
    static String draft(Delivered delivered, KnownVsShared read, String organization, String zone) {
        return "On " + ON.format(delivered.deliveredAt().atZone(ZoneId.of(zone))) + ", " + organization
                + " delivered a warning to " + delivered.recipientName() + " (reference " + delivered.reference()
                + "). The text delivered " + named(read) + ". The exact text delivered was: “" + delivered.text()
                + "”. Its delivery is proved by the signed receipt below (Ed25519, key id " + delivered.keyId()
                + "), which anyone can verify with the published public key.";
    }

    /**
     * "named Crocus City Hall and a synagogue in Moscow, the window (“in the coming weeks”) …": the
     * report's own words for what the text named, and nothing of what it left out: a statement must
     * not say what was known but not shared.
     */
    private static String named(KnownVsShared read) {
        return WhatTheTextSaid.named(read);
    }

    /**
     * The statement to store: the text as given when it quotes the delivered text verbatim. A text
     * that differs from the quote only in its line breaks (a browser sends CRLF) gets the delivered
     * text's own line breaks back in the quote. Anything else is refused (422): a statement that does
     * not quote what the receipt signed cannot be checked against it.
     */
    static String quoting(String given, Delivered delivered) {
        if (given.contains(delivered.text())) {
            return given;
        }
        String lines = lf(given);
        String quote = lf(delivered.text());
        int at = lines.indexOf(quote);
        if (at >= 0) {
            return lines.substring(0, at) + delivered.text() + lines.substring(at + quote.length());
        }
        throw DomainException.ruleViolation("statement-must-quote", "The statement does not quote the delivered "
                + "text of warning " + delivered.reference() + " exactly. It must contain, character for "
                + "character, the text the signed receipt proves was delivered: “" + delivered.text() + "”. That "
                + "is what lets a third party check the statement against the receipt.");
    }

    private static String lf(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
