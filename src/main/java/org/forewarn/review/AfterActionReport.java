package org.forewarn.review;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.forewarn.identity.Clearance;
import org.forewarn.threat.ProtectedDetails;
import org.forewarn.warning.KnownVsShared;
import org.forewarn.warning.ResponseKind;
import org.forewarn.warning.Specificity;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The after-action report of one case, in the sections of an HSEEP After-Action Report adapted to a
 * warning, as one reader may see it: at their clearance, protected details and the reasons facets
 * were withheld are absent (not blacked out) for a reader not cleared for the case.
 *
 * @param banner     the classification line printed at the top and bottom of every page
 * @param cleared    whether the reader is cleared for the case (the report then holds what only they may see)
 * @param timeZone   the case's zone: every time in the sentences is given in it
 * @param findings        findings drawn from the record by the rules
 * @param analystFindings findings analysts recorded, each area for improvement with its corrective actions
 *                        (the improvement plan)
 */
public record AfterActionReport(UUID caseId, String title, String banner, boolean cleared, String timeZone,
                                Instant generatedAt, String generatedBy,
                                Overview overview,
                                Timeline timeline,
                                List<WarningFacets> knownVsShared,
                                List<ReceiptProof> receipts,
                                List<Responses> responses,
                                List<ComplianceCheck> compliance,
                                List<Finding> findings,
                                List<FindingView> analystFindings) {

    /**
     * 1. What the case was, who took part and how it ended.
     *
     * @param periodFrom       when the information was received
     * @param periodTo         the last thing on record
     * @param protectedDetails the source, method and protected terms; only for a cleared reader
     */
    public record Overview(String summary, Clearance classification, Set<String> compartments, String tlp,
                           String grading, String harm, Instant periodFrom, Instant periodTo,
                           List<Participant> participants, Outcome outcome, String outcomeSummary,
                           @JsonInclude(JsonInclude.Include.NON_NULL) ProtectedDetails protectedDetails) {
    }

    /**
     * @param name     the person's name ("Anna Analyst"), or the account's when it has none
     * @param username the account they acted under
     * @param did      what they did in the case, in words ("approved the determination")
     */
    public record Participant(String role, String name, String username, List<String> did) {
    }

    public enum Outcome {
        /** An attack or other harm happened. */
        INCIDENT,
        /** A recipient reported action and nothing happened. */
        PREVENTED,
        /** The case was closed and nothing happened. */
        NOTHING_HAPPENED,
        /** The case is still open and nothing has happened yet. */
        ONGOING
    }

    /**
     * 2. The timeline of record, rebuilt from the audit chain.
     *
     * @param chain the stretch of the audit chain the case spans, and whether it verifies
     */
    public record Timeline(List<Entry> entries, List<LeadTime> leadTimes, List<Deadline> deadlines, Chain chain) {
    }

    /**
     * @param sequence   the audit entry it comes from
     * @param at         when it happened (a time the event states, such as when a response was received)
     * @param recordedAt when it was put on record, when that is more than five minutes later
     */
    public record Entry(long sequence, Instant at, @JsonInclude(JsonInclude.Include.NON_NULL) Instant recordedAt,
                        String event, String title, String detail, String actor) {
    }

    /**
     * One milestone of the case: information received, determination, approval, first warning
     * delivered, acknowledgment, public alert, incident.
     */
    public record LeadTime(String milestone, Instant at, Duration sinceReceived, String sinceReceivedWords,
                           Duration sincePrevious, String sincePreviousWords) {
    }

    /** @param margin how long before (positive) or after (negative) the due time it was done */
    public record Deadline(String name, Instant due, Instant doneAt, DeadlineStatus status, Duration margin,
                           String sentence) {
    }

    public enum DeadlineStatus {
        MET, MISSED, MISSED_OPEN, OPEN
    }

    /**
     * @param firstSequence the case's first entry on the chain
     * @param lastSequence  its last
     * @param entries       how many entries the stretch holds, other cases' included
     * @param lastHash      the hash of the case's last entry: quoting it pins the record
     */
    public record Chain(long firstSequence, long lastSequence, long entries, boolean valid, String sentence,
                        String lastHash) {
    }

    /** 3. For one warning: known vs declared vs in the text, and the two specificity scores. */
    public record WarningFacets(UUID warningId, String reference, String recipient, String relationship,
                                String state, Instant sentAt, Instant deliveredAt, String text, boolean fromReceipt,
                                List<KnownVsShared.Row> rows, Specificity declared, Specificity inText,
                                List<String> flags) {
    }

    /**
     * 4. What one receipt proves, said plainly.
     *
     * @param textMatchesChain whether the receipt's text is the text recorded on the audit chain when
     *                         the warning was drafted
     * @param statements       statements of record approved for release on it
     */
    public record ReceiptProof(UUID warningId, String reference, String recipient, Instant deliveredAt,
                               Instant issuedAt, String keyId, boolean signatureValid, String problem,
                               boolean textMatchesChain, String sentence, List<ReleasedStatement> statements) {
    }

    /** A statement of record approved for release on the warning: what a third party can be given to check. */
    public record ReleasedStatement(UUID id, String approvedBy, Instant approvedAt, String bundle) {
    }

    /**
     * 5. What a recipient said, and, for a dispute, what the receipt proves against it; with what
     * others said in public about the warning (claims of the ledger), each set against the receipt too.
     */
    public record Responses(UUID warningId, String reference, String recipient, List<Response> said,
                            List<ClaimAbout> claims) {
    }

    /** A public claim about the warning ("too general"), and what the receipt proves against it. */
    public record ClaimAbout(UUID claimId, String party, String kind, String statement, Instant madeAt,
                             String source, String answer) {
    }

    /** @param answer for a dispute: what the receipt proves was delivered, set against it */
    public record Response(ResponseKind kind, Instant receivedAt, String text, String source, String recordedBy,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String answer) {
    }

    /** 6. One rule of the programme, and whether the case kept it. */
    public record ComplianceCheck(String rule, String title, ComplianceStatus status, String evidence) {
    }

    public enum ComplianceStatus {
        PASSED, FAILED, NOT_APPLICABLE
    }

    /**
     * 7. A finding drawn from the record by a rule.
     *
     * @param key a stable name for what it is about, e.g. {@code nds.delay}; an analyst's finding may
     *            refer to it
     */
    public record Finding(String key, FindingKind kind, String title, String detail) {
    }

}
