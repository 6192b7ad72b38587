package org.forewarn.warning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.forewarn.assessment.Assessments;
import org.forewarn.audit.Receipt;
import org.forewarn.audit.Receipts;
import org.forewarn.delivery.Deliveries;
import org.forewarn.delivery.Dispatch;
import org.forewarn.delivery.Handover;
import org.forewarn.identity.Actor;
import org.forewarn.identity.CurrentUser;
import org.forewarn.shared.ChannelType;
import org.forewarn.recipient.ChannelView;
import org.forewarn.recipient.RecipientView;
import org.forewarn.recipient.Recipients;
import org.forewarn.shared.DomainException;
import org.forewarn.shared.ForewarnProperties;
import org.forewarn.shared.InvalidInput;
import org.forewarn.shared.Keyset;
import org.forewarn.shared.KeysetSql;
import org.forewarn.shared.Page;
import org.forewarn.shared.PageRequest;
import org.forewarn.shared.SqlCondition;
import org.forewarn.threat.ThreatSummary;
import org.forewarn.threat.Threats;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The warning module's front door. */
@Service
@EnableConfigurationProperties(WarningProperties.class)
public class Warnings {

    private static final Duration SKEW = Duration.ofMinutes(5);

    private final WarningRecords records;
    private final Threats threats;
    private final Assessments assessments;
    private final Recipients recipients;
    private final Deliveries deliveries;
    private final Receipts receipts;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final WarningProperties properties;
    private final TearlineChecks tearlineChecks;
    private final TransactionTemplate transaction;
    private final String organization;
    private final JdbcClient jdbc;

    Warnings(WarningRecords records, Threats threats, Assessments assessments, Recipients recipients,
            Deliveries deliveries, Receipts receipts, CurrentUser currentUser, Clock clock,
            WarningProperties properties, TearlineChecks tearlineChecks, PlatformTransactionManager transactions,
            ForewarnProperties forewarn, JdbcClient jdbc) {
        this.records = records;
        this.jdbc = jdbc;
        this.threats = threats;
        this.assessments = assessments;
        this.recipients = recipients;
        this.deliveries = deliveries;
        this.receipts = receipts;
        this.currentUser = currentUser;
        this.clock = clock;
        this.properties = properties;
        this.tearlineChecks = tearlineChecks;
        this.transaction = new TransactionTemplate(transactions);
        this.organization = forewarn.organization();
    }

    /**
     * Checks a text against the threat's protected details, for someone cleared for them. Nothing is
     * saved but the fact of the check (rate-limited, on the audit chain).
     */
    public TearlineResult checkTearline(UUID threatId, String text) {
        List<Leak> leaks = tearlineChecks.check(threatId, text == null ? "" : text, TearlineChecks.Purpose.CHECK);
        return new TearlineResult(leaks.isEmpty(), leaks);
    }

    /**
     * Protected content of the threat found in a text meant for the public (server-side: the
     * caller decides how much of the finding it may show its user).
     */
    public List<Leak> protectedContentIn(UUID threatId, String text) {
        return TearlineCheck.leaks(text, threats.protectedDetailsForServerSideCheck(threatId));
    }

    /**
     * The same check for many texts of one case (an export): the case's protected details are read
     * once, not once per text.
     */
    public java.util.function.Function<String, List<Leak>> protectedContentCheck(UUID threatId) {
        var details = threats.protectedDetailsForServerSideCheck(threatId);
        return text -> TearlineCheck.leaks(text, details);
    }

    /**
     * Refuses (422 {@code protected-content}, with {@code errors[]} naming each field) texts of a record
     * that reveal the case's protected content. For writers cleared for the case: the answer says what
     * was found.
     *
     * @param texts  the texts by field name; null texts are skipped
     * @param what   what is refused, for the message ("The claim")
     * @param advice what to do instead, a sentence
     */
    public void refuseProtectedContent(UUID threatId, Map<String, String> texts, String what, String advice) {
        List<Map<String, String>> errors = new ArrayList<>();
        texts.forEach((field, text) -> {
            List<Leak> leaks = text == null ? List.of() : protectedContentIn(threatId, text);
            if (!leaks.isEmpty()) {
                errors.add(Map.of("field", field, "message", "reveals " + String.join(", ",
                        leaks.stream().map(Leak::describe).distinct().toList())));
            }
        });
        if (!errors.isEmpty()) {
            throw new DomainException(DomainException.Kind.RULE_VIOLATION, "protected-content", what
                    + " reveals protected content of the case: " + String.join("; ", errors.stream()
                    .map(e -> e.get("field") + " " + e.get("message")).toList()) + ". " + advice,
                    Map.of("errors", errors));
        }
    }

    /**
     * Drafts a warning once its text passes the tearline check. Not one transaction: the check is
     * recorded first, on its own, so that a draft refused for a leak still leaves its trace.
     */
    public WarningView draft(UUID threatId, DraftWarning command) {
        ThreatSummary threat = threats.summary(threatId);
        requireDutyInForce(threat);
        threats.requireCurrentUserCleared(threatId, "draft a warning on this case");
        RecipientView recipient = recipients.find(command.recipientId()).orElseThrow(() -> new DomainException(
                DomainException.Kind.RULE_VIOLATION, "unknown-recipient", "recipientId " + command.recipientId()
                + " is not in the recipient directory. Add the recipient first (POST /api/v1/recipients)."));
        ChannelView channel = recipient.channel(command.channel()).orElseThrow(() -> new DomainException(
                DomainException.Kind.RULE_VIOLATION, "channel-not-available", recipient.name() + " has no "
                + command.channel() + " channel; it can be reached by "
                + recipient.channels().stream().map(ChannelView::type).toList() + "."));
        List<Leak> leaks = tearlineChecks.check(threatId, command.releasableText(), TearlineChecks.Purpose.DRAFT);
        if (!leaks.isEmpty()) {
            throw new DomainException(DomainException.Kind.RULE_VIOLATION, "tearline-leak",
                    "The releasable text reveals protected content: "
                            + String.join("; ", leaks.stream().map(Leak::describe).toList())
                            + ". Reword it so that it does not reveal sources or methods.",
                    Map.of("leaks", leaks));
        }
        return transaction.execute(status -> {
            Warning warning = Warning.draft(threatId, command, recipient.name(), recipient.relationship(),
                    recipient.approvalRequiredToWarn(), channel.address(), currentUser.name(), clock.instant());
            return view(records.save(warning), true);
        });
    }

    /** The approver must be cleared for the case: only then can they judge the text against what it protects. */
    @Transactional
    public WarningView decide(UUID warningId, DecideWarning decision) {
        Warning warning = load(warningId);
        threats.requireCurrentUserCleared(warning.threatId(), "approve or reject a warning on this case");
        warning.decide(decision, currentUser.actor(), clock.instant());
        return view(records.save(warning), true);
    }

    /**
     * What a cleared approver compares before signing off: the text beside the protected details it
     * must not reveal, and what the tearline check finds in it now. Paraphrase escapes any string
     * check; this is where a person catches it.
     */
    public ApprovalReview approvalReview(UUID warningId) {
        Warning warning = load(warningId);
        threats.requireCurrentUserCleared(warning.threatId(), "review a warning on this case");
        List<Leak> leaks = TearlineCheck.leaks(warning.releasableText(),
                threats.protectedDetailsForServerSideCheck(warning.threatId()));
        return new ApprovalReview(view(warning, true), threats.protectedDetailsForServerSideCheck(warning.threatId()),
                new TearlineResult(leaks.isEmpty(), leaks));
    }

    @Transactional
    public WarningView send(UUID warningId, SendWarning command) {
        Warning warning = load(warningId);
        ThreatSummary threat = threats.summary(warning.threatId());
        requireDutyInForce(threat);
        Actor sender = currentUser.actor();
        Instant now = clock.instant();
        if (command.handedOverAt() != null && warning.channelType() != ChannelType.LIAISON) {
            throw InvalidInput.of("handedOverAt", "applies only to LIAISON hand-overs; " + warning.channelType()
                    + " deliveries are timed by the delivery itself");
        }
        if (command.handedOverAt() != null && command.handedOverAt().isAfter(now.plus(SKEW))) {
            throw InvalidInput.of("handedOverAt", "(" + command.handedOverAt() + ") is in the future; record the "
                    + "hand-over once it has happened");
        }
        Instant sentAt = command.handedOverAt() != null ? command.handedOverAt() : now;
        warning.send(sender, Deliveries.idempotencyKey(warning.id(), warning.channelType()), sentAt, now,
                recipientNeedsApproval(warning));
        warning = records.save(warning);
        if (warning.channelType() == ChannelType.LIAISON) {
            String by = command.deliveredBy() != null && !command.deliveredBy().isBlank() ? command.deliveredBy().strip()
                    : sender.username();
            // Recording the hand-over publishes DeliverySucceeded, which marks the warning delivered
            // and issues its receipt in this same transaction.
            deliveries.recordHandover(new Handover(warning.id(), warning.recipientId(), warning.channelAddress(),
                    WarningMessages.subject(warning, organization), warning.releasableText(), by,
                    command.handoverNote(), sentAt));
        } else if (warning.channelType() != ChannelType.TAXII) {
            // (TAXII: TaxiiPublication publishes it to the partner's collection on WarningSent, in this transaction.)
            deliveries.dispatch(new Dispatch(warning.id(), warning.recipientId(), warning.channelType(),
                    warning.channelAddress(), WarningMessages.subject(warning, organization),
                    WarningMessages.emailBody(warning, organization),
                    WarningMessages.webhookJson(warning, organization, sentAt)));
        }
        return view(warningId);
    }

    @Transactional
    public WarningView acknowledge(UUID warningId, AcknowledgeWarning ack) {
        requireNotFuture(ack.receivedAt(), "receivedAt");
        Warning warning = load(warningId);
        warning.acknowledge(ack, currentUser.actor(), clock.instant());
        return view(records.save(warning), clearedFor(warning));
    }

    @Transactional
    public WarningView recordResponse(UUID warningId, RecordResponse response) {
        requireNotFuture(response.receivedAt(), "receivedAt");
        Warning warning = load(warningId);
        warning.recordResponse(response, currentUser.actor(), clock.instant());
        return view(records.save(warning), clearedFor(warning));
    }

    @Transactional
    public WarningView escalate(UUID warningId, EscalateWarning escalation) {
        Warning warning = load(warningId);
        warning.escalate(escalation, currentUser.actor(), clock.instant());
        return view(records.save(warning), clearedFor(warning));
    }

    public WarningView view(UUID warningId) {
        Warning warning = load(warningId);
        return view(warning, clearedFor(warning));
    }

    /** One page of the case's warnings, most recently drafted first (ties by id). */
    public Page<WarningView> page(UUID threatId, PageRequest request) {
        threats.summary(threatId);
        boolean cleared = threats.currentUserIsCleared(threatId);
        KeysetSql keyset = KeysetSql.over("drafted_at", "id", request);
        List<UUID> ids = keyset.ids(jdbc, "warnings", SqlCondition.of("threat_id = :threatId", "threatId", threatId));
        List<Warning> ordered = KeysetSql.inOrder(ids, records.findAllById(ids), Warning::id);
        return Page.of(ordered, request, w -> new Keyset(w.draftedAt(), w.id())).map(w -> view(w, cleared));
    }

    public List<WarningView> forThreat(UUID threatId) {
        threats.summary(threatId);
        boolean cleared = threats.currentUserIsCleared(threatId);
        return records.findByThreatIdOrderByDraftedAt(threatId).stream().map(w -> view(w, cleared)).toList();
    }

    public Receipt receipt(UUID warningId) {
        Warning warning = load(warningId);
        return receipts.find(warningId).orElseThrow(() -> DomainException.conflict("no-receipt-yet",
                "There is no receipt yet: the warning is " + warning.state()
                        + ". A receipt is issued when the warning is delivered."));
    }

    /**
     * What the service knew, what the warning declared and what its text contains, facet by facet.
     * The text read is the one the signed receipt proves was delivered, once there is a receipt.
     * Why a facet was withheld is shown only to a reader cleared for the case.
     */
    public KnownVsShared knownVsShared(UUID warningId) {
        Warning warning = load(warningId);
        ThreatSummary threat = threats.summary(warning.threatId());
        String delivered = receipts.find(warningId).map(r -> receiptText(r)).orElse(null);
        return FacetsInText.read(warning.id(), warning.facets(), threat, delivered != null ? delivered : warning.releasableText(),
                delivered != null, clearedFor(warning));
    }

    static String receiptText(Receipt receipt) {
        return receipt.payload() instanceof Map<?, ?> payload && payload.get("releasableText") instanceof String text
                ? text : null;
    }

    // --- reactions to delivery, called within the delivery's transaction ---

    void markDelivered(UUID warningId, Instant at, String by, String reference) {
        Warning warning = load(warningId);
        if (warning.state().delivered()) {
            return;
        }
        // For a liaison hand-over, what the officer noted is the record of delivery.
        boolean handover = warning.channelType() == ChannelType.LIAISON;
        warning.delivered(at, by, handover ? null : reference, handover ? reference : null,
                properties.acknowledgmentTimeout());
        warning = records.save(warning);
        receipts.issue(warningId, WarningMessages.receiptPayload(warning, organization));
    }

    void markDeliveryFailed(UUID warningId, String reason) {
        Warning warning = load(warningId);
        warning.deliveryFailed(reason);
        records.save(warning);
    }

    List<Warning> inStates(WarningState... states) {
        return records.findByStateIn(List.of(states));
    }

    /** Whether the warning must still be approved before it is sent: as drafted, or as its recipient stands now. */
    boolean needsApproval(Warning warning) {
        return warning.approvalRequired() || recipientNeedsApproval(warning);
    }

    private boolean recipientNeedsApproval(Warning warning) {
        return recipients.find(warning.recipientId()).map(RecipientView::approvalRequiredToWarn).orElse(true);
    }

    private boolean clearedFor(Warning warning) {
        return threats.currentUserIsCleared(warning.threatId());
    }

    boolean anySent(UUID threatId) {
        return records.existsByThreatIdAndSentAtIsNotNull(threatId);
    }

    void save(Warning warning) {
        records.save(warning);
    }

    /** @param cleared whether the reader is cleared for the case (only cleared readers see why facets are withheld) */
    private WarningView view(Warning w, boolean cleared) {
        boolean recipientNeedsApproval = recipientNeedsApproval(w);
        return new WarningView(w.id(), WarningMessages.reference(w), w.threatId(),
                WarningView.Addressee.of(w),
                WarningView.Content.of(w, cleared),
                w.state(), w.approvalRequired() || recipientNeedsApproval,
                WarningView.Drafted.of(w),
                WarningView.Decided.of(w),
                WarningView.Sent.of(w),
                WarningView.Delivered.of(w),
                WarningView.Answers.of(w),
                WarningView.FollowUp.of(w),
                new WarningView.DeliveryRecord(Deliveries.idempotencyKey(w.id(), w.channelType()),
                        deliveries.forWarning(w.id()), w.state().delivered()),
                w.nextActions(recipientNeedsApproval));
    }

    private void requireDutyInForce(ThreatSummary threat) {
        if (assessments.dutyInForce(threat.id()).isEmpty()) {
            throw DomainException.conflict("no-duty-to-warn", "Threat '" + threat.title() + "' has no approved "
                    + "DUTY_TO_WARN determination in force. Propose one and have it approved before warning.");
        }
    }

    private void requireNotFuture(Instant at, String field) {
        if (at.isAfter(clock.instant().plus(SKEW))) {
            throw InvalidInput.of(field, "is in the future (" + at + ")");
        }
    }

    private Warning load(UUID id) {
        return records.findById(id).orElseThrow(() -> DomainException.notFound("warning", id));
    }
}
