package org.forewarn.review;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.forewarn.audit.Receipt;
import org.forewarn.audit.Receipts;
import org.forewarn.identity.Actor;
import org.forewarn.identity.CurrentUser;
import org.forewarn.shared.DomainException;
import org.forewarn.shared.ForewarnProperties;
import org.forewarn.shared.Keyset;
import org.forewarn.shared.KeysetSql;
import org.forewarn.shared.Page;
import org.forewarn.shared.PageRequest;
import org.forewarn.shared.SqlCondition;
import org.forewarn.threat.Threats;
import org.forewarn.warning.Leak;
import org.forewarn.warning.WarningView;
import org.forewarn.warning.Warnings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Releasable statements of record: what a delivered warning said, in a text a third party can check
 * against the warning's signed receipt. An approver cleared for the case drafts one (or has it
 * drafted from the delivered text); another cleared approver decides it; once approved, case
 * readers can hand out its bundle.
 */
@Service
public class StatementsOfRecord {

    private final StatementRecords records;
    private final Warnings warnings;
    private final Threats threats;
    private final Receipts receipts;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final String organization;
    private final JdbcClient jdbc;

    StatementsOfRecord(StatementRecords records, Warnings warnings, Threats threats, Receipts receipts,
            CurrentUser currentUser, Clock clock, ForewarnProperties forewarn, JdbcClient jdbc) {
        this.records = records;
        this.warnings = warnings;
        this.threats = threats;
        this.receipts = receipts;
        this.currentUser = currentUser;
        this.clock = clock;
        this.organization = forewarn.organization();
        this.jdbc = jdbc;
    }

    /**
     * The statement Forewarn would draft from the delivered text, not stored: for a drafter to start
     * from. Refused (409) while the warning has no receipt.
     *
     * @return the text, and the delivered text it quotes
     */
    public GeneratedStatement generatedDraft(UUID warningId) {
        WarningView warning = warnings.view(warningId);
        threats.requireCurrentUserCleared(warning.threatId(), "draft a statement of record on this case");
        StatementText.Delivered delivered = StatementText.Delivered.of(warnings.receipt(warningId));
        return new GeneratedStatement(generated(warning, delivered), delivered.text());
    }

    /** @param quotedText the delivered text, which the statement must quote exactly */
    public record GeneratedStatement(String text, String quotedText) {
    }

    /**
     * Drafts a statement about a delivered warning: the text given, or one drafted from what the
     * delivered text contains. It must quote the delivered text exactly and reveal nothing protected
     * (422 naming what was found, to a drafter who is cleared to know it); refused, nothing is stored.
     */
    @Transactional
    public StatementView draft(UUID warningId, DraftStatement command) {
        WarningView warning = warnings.view(warningId);
        threats.requireCurrentUserCleared(warning.threatId(), "draft a statement of record on this case");
        StatementText.Delivered delivered = StatementText.Delivered.of(warnings.receipt(warningId));
        String text = command.text() != null ? StatementText.quoting(command.text(), delivered)
                : generated(warning, delivered);
        requireReleasable(warning.threatId(), text);
        StatementOfRecord statement = StatementOfRecord.draft(delivered, warning.threatId(), text,
                currentUser.name(), clock.instant());
        return view(records.save(statement));
    }

    /**
     * A second approver, cleared for the case, approves or rejects a draft. Approval checks the text
     * once more against the protected details (they may have grown since the draft) and the receipt
     * against its signature: what is released must still be releasable and still provable.
     */
    @Transactional
    public StatementView decide(UUID statementId, DecideStatement decision) {
        StatementOfRecord statement = load(statementId);
        threats.requireCurrentUserCleared(statement.threatId(), "decide a statement of record on this case");
        Actor approver = currentUser.actor();
        if (decision.approve()) {
            statement.approve(approver, decision.note(), clock.instant());
            requireReleasable(statement.threatId(), statement.text());
            Receipt receipt = receipt(statement);
            Receipts.ReceiptVerification verification = receipts.verify(receipt);
            if (!verification.valid()) {
                throw DomainException.conflict("receipt-invalid", "The receipt of warning "
                        + statement.warningReference() + " no longer verifies (" + verification.reason()
                        + "), so the statement could not be checked against it. It cannot be approved.");
            }
        } else {
            statement.reject(approver, decision.note(), clock.instant());
        }
        return view(records.save(statement));
    }

    public StatementView view(UUID statementId) {
        return view(load(statementId));
    }

    /** The warning's statements approved for release, oldest first (few: one, unless one was superseded). */
    public List<StatementView> approvedFor(UUID warningId) {
        return records.findByWarningIdAndStateOrderByDraftedAt(warningId, StatementState.APPROVED).stream()
                .map(this::view).toList();
    }

    /** One page of the warning's statements, most recently drafted first (ties by id). */
    public Page<StatementView> page(UUID warningId, PageRequest request) {
        warnings.view(warningId);
        KeysetSql keyset = KeysetSql.over("drafted_at", "id", request);
        List<UUID> ids = keyset.ids(jdbc, "statements_of_record",
                SqlCondition.of("warning_id = :warningId", "warningId", warningId));
        List<StatementOfRecord> ordered = KeysetSql.inOrder(ids, records.findAllById(ids), StatementOfRecord::id);
        return Page.of(ordered, request, s -> new Keyset(s.draftedAt(), s.id())).map(this::view);
    }

    /** The approved statement as a document to hand out: its text, the receipt's JWS, the public key, the steps. */
    public StatementBundle bundle(UUID statementId) {
        StatementOfRecord statement = load(statementId);
        if (statement.state() != StatementState.APPROVED) {
            throw DomainException.conflict("statement-not-approved", "This statement of record is "
                    + statement.state() + "; only an approved statement is released as a bundle. "
                    + (statement.state() == StatementState.DRAFT ? "A second approver must approve it first."
                    : "Draft a new statement and have it approved."));
        }
        Receipt receipt = receipt(statement);
        Map<?, ?> payload = (Map<?, ?>) receipt.payload();
        Map<?, ?> recipient = (Map<?, ?>) payload.get("recipient");
        return new StatementBundle(StatementBundle.TYPE, organization, statement.id(), statement.decidedAt(),
                statement.text(), statement.quotedText(),
                new StatementBundle.DeliveredWarning((String) payload.get("reference"), (String) recipient.get("name"),
                        (String) payload.get("deliveredAt")),
                new StatementBundle.Proof(receipt.jws(), receipt.keyId(), receipt.issuedAt()), receipts.publicJwk(),
                StatementBundle.steps());
    }

    private String generated(WarningView warning, StatementText.Delivered delivered) {
        return StatementText.draft(delivered, warnings.knownVsShared(warning.id()), organization,
                threats.summary(warning.threatId()).timeZone());
    }

    /** The drafter and the approver are cleared for the case, so the problem names what it found. */
    private void requireReleasable(UUID threatId, String text) {
        List<Leak> leaks = warnings.protectedContentIn(threatId, text);
        if (!leaks.isEmpty()) {
            throw new DomainException(DomainException.Kind.RULE_VIOLATION, "tearline-leak",
                    "The statement reveals protected content: " + leaks.stream().map(StatementsOfRecord::describe)
                            .collect(Collectors.joining("; ")) + ". A statement of record is released to anyone: "
                            + "reword it so that it reveals no sources or methods.", Map.of("leaks", leaks));
        }
    }

    private static String describe(Leak leak) {
        return switch (leak.kind()) {
            case PROTECTED_TERM -> "the protected term '" + leak.term() + "'";
            case COLLECTION_METHOD -> "the collection method";
            case SOURCE_DESCRIPTION -> "a fragment of the source description ('" + leak.term() + "')";
        } + " as “" + leak.found() + "” at position " + leak.start();
    }

    private Receipt receipt(StatementOfRecord statement) {
        return receipts.find(statement.warningId()).orElseThrow(() -> DomainException.conflict("no-receipt",
                "The receipt of warning " + statement.warningReference() + " is missing."));
    }

    private StatementView view(StatementOfRecord s) {
        boolean approved = s.state() == StatementState.APPROVED;
        Receipt receipt = approved ? receipt(s) : null;
        return new StatementView(s.id(), s.warningId(), s.threatId(), s.warningReference(), s.recipientName(),
                s.deliveredAt(), s.text(), s.quotedText(), s.state(), s.draftedBy(), s.draftedAt(), s.decidedBy(),
                s.decidedAt(), s.decisionNote(),
                receipt == null ? null : new StatementView.ReceiptProof(receipt.jws(), receipt.canonicalPayload(),
                        receipt.keyId(), receipt.issuedAt()),
                approved ? receipts.publicJwk() : null, approved ? StatementView.VERIFY : null);
    }

    private StatementOfRecord load(UUID id) {
        return records.findById(id).orElseThrow(() -> DomainException.notFound("statement of record", id));
    }
}
