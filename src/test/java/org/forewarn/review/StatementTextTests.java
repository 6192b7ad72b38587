package org.forewarn.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.forewarn.shared.DomainException;
import org.forewarn.warning.Facet;
import org.forewarn.warning.FacetStatus;
import org.forewarn.warning.KnownVsShared;
import org.forewarn.warning.KnownVsShared.Flag;
import org.forewarn.warning.KnownVsShared.Row;
import org.forewarn.warning.Specificity;
import org.junit.jupiter.api.Test;

/** What a drafted statement says and the rule that it quotes the delivered text, without the application. */
class StatementTextTests {

    static final String DELIVERED = "Islamic State plans an attack on Crocus City Hall in the coming weeks.";
    static final StatementText.Delivered RECEIPT = new StatementText.Delivered(UUID.randomUUID(), "W-0A1B2C3D",
            "Federal Security Service", Instant.parse("2024-03-06T12:00:00Z"), DELIVERED, "key-1");

    @Test
    void theDraftSaysOnlyWhatTheTextContainsNeverWhatWasWithheldOrWhy() {
        Specificity any = new Specificity(60, Specificity.Level.MEDIUM, List.of(), List.of(), "");
        KnownVsShared read = new KnownVsShared(RECEIPT.warningId(), DELIVERED, true, Instant.EPOCH, List.of(
                new Row(Facet.TARGET, "Crocus City Hall", FacetStatus.SHARED, null, true, List.of("Crocus City Hall"),
                        Flag.NONE),
                new Row(Facet.METHOD, "armed assault", FacetStatus.WITHHELD, "Would reveal the source.", false,
                        List.of(), Flag.NONE),
                new Row(Facet.ACTOR, "Islamic State", FacetStatus.SHARED, null, true, List.of("Islamic State"),
                        Flag.NONE)), any, any);

        String text = StatementText.draft(RECEIPT, read, "The Office", "Europe/Moscow");

        assertThat(text).isEqualTo("On 6 Mar 2024 at 15:00 MSK, The Office delivered a warning to Federal Security "
                + "Service (reference W-0A1B2C3D). The text delivered named Crocus City Hall and the actor (Islamic "
                + "State). The exact text delivered was: “" + DELIVERED + "”. Its delivery is proved by the signed "
                + "receipt below (Ed25519, key id key-1), which anyone can verify with the published public key.");
    }

    @Test
    void aTextThatQuotesTheDeliveredTextIsKeptAsWritten() {
        String given = "We said: “" + DELIVERED + "”";

        assertThat(StatementText.quoting(given, RECEIPT)).isEqualTo(given);
    }

    @Test
    void aQuoteWhoseLineBreaksABrowserChangedGetsTheDeliveredLineBreaksBack() {
        StatementText.Delivered twoLines = new StatementText.Delivered(RECEIPT.warningId(), "W-1", "X",
                RECEIPT.deliveredAt(), "First line.\nSecond line.", "key-1");

        assertThat(StatementText.quoting("Said:\r\n“First line.\r\nSecond line.”", twoLines))
                .isEqualTo("Said:\n“First line.\nSecond line.”");
    }

    @Test
    void aTextThatChangesAWordOfTheQuoteIsRefused() {
        String given = "We said: “" + DELIVERED.replace("Crocus City Hall", "a concert hall") + "”";

        assertThatThrownBy(() -> StatementText.quoting(given, RECEIPT)).isInstanceOfSatisfying(DomainException.class,
                e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.RULE_VIOLATION);
                    assertThat(e.type()).isEqualTo("statement-must-quote");
                });
    }
}
