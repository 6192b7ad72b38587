package org.forewarn.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.forewarn.assessment.Assessments;
import org.forewarn.assessment.DeterminationState;
import org.forewarn.assessment.DeterminationView;
import org.forewarn.assessment.Outcome;
import org.forewarn.audit.AuditTrail;
import org.forewarn.audit.Receipt;
import org.forewarn.audit.Receipts;
import org.forewarn.identity.CurrentUser;
import org.forewarn.identity.UserAdministration;
import org.forewarn.identity.UserView;
import org.forewarn.nds.NdsStatus;
import org.forewarn.nds.NdsView;
import org.forewarn.nds.NoDoubleStandard;
import org.forewarn.recipient.Relationship;
import org.forewarn.review.AfterActionReport.ComplianceCheck;
import org.forewarn.review.AfterActionReport.ComplianceStatus;
import org.forewarn.review.AfterActionReport.Deadline;
import org.forewarn.review.AfterActionReport.DeadlineStatus;
import org.forewarn.review.AfterActionReport.Finding;
import org.forewarn.review.ChainTimeline.Event;
import org.forewarn.threat.Incident;
import org.forewarn.threat.Threats;
import org.forewarn.threat.ThreatView;
import org.forewarn.warning.Facet;
import org.forewarn.warning.KnownVsShared;
import org.forewarn.warning.ResponseKind;
import org.forewarn.warning.Specificity;
import org.forewarn.warning.WarningResponse;
import org.forewarn.warning.WarningView;
import org.forewarn.warning.Warnings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Builds a case's after-action report from the record: the timeline and lead times off the audit
 * chain, each warning's text read for what it actually said, each receipt verified again, the
 * programme's rules checked one by one, and the findings they lead to.
 */
@Service
@EnableConfigurationProperties(ReviewProperties.class)
public class AfterActionReview {

    private final Threats threats;
    private final Assessments assessments;
    private final Warnings warnings;
    private final NoDoubleStandard noDoubleStandard;
    private final AuditTrail auditTrail;
    private final Receipts receipts;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ReviewProperties properties;
    private final Findings analystFindings;
    private final StatementsOfRecord statements;
    private final UserAdministration users;

    AfterActionReview(Threats threats, Assessments assessments, Warnings warnings, NoDoubleStandard noDoubleStandard,
            AuditTrail auditTrail, Receipts receipts, CurrentUser currentUser, Clock clock,
            ReviewProperties properties, Findings analystFindings, StatementsOfRecord statements,
            UserAdministration users) {
        this.users = users;
        this.analystFindings = analystFindings;
        this.statements = statements;
        this.threats = threats;
        this.assessments = assessments;
        this.warnings = warnings;
        this.noDoubleStandard = noDoubleStandard;
        this.auditTrail = auditTrail;
        this.receipts = receipts;
        this.currentUser = currentUser;
        this.clock = clock;
        this.properties = properties;
    }

    public AfterActionReport report(UUID threatId) {
        ThreatView threat = threats.view(threatId);
        boolean cleared = threats.currentUserIsCleared(threatId);
        ReviewWords words = new ReviewWords(threat.timeZone());
        AuditTrail.CaseRecord record = auditTrail.caseRecord(threatId);
        ChainTimeline chain = ChainTimeline.of(record.entries(), words);
        List<DeterminationView> determinations = assessments.forThreat(threatId);
        List<WarningView> sent = warnings.forThreat(threatId);
        Optional<NdsView> nds = noDoubleStandard.find(threatId);
        Instant now = clock.instant();

        List<AfterActionReport.WarningFacets> facets = new ArrayList<>();
        List<AfterActionReport.ReceiptProof> proofs = new ArrayList<>();
        List<AfterActionReport.Responses> responses = new ArrayList<>();
        Map<UUID, KnownVsShared> read = new LinkedHashMap<>();
        for (WarningView w : sent) {
            KnownVsShared k = warnings.knownVsShared(w.id());
            read.put(w.id(), k);
            facets.add(new AfterActionReport.WarningFacets(w.id(), w.reference(), w.to().recipientName(),
                    w.to().recipientRelationship().name(), w.state().name(), w.sent().sentAt(),
                    w.delivered().deliveredAt(), k.text(), k.fromReceipt(), k.rows(), k.declared(), k.inText(),
                    k.rows().stream().filter(r -> r.flag() != KnownVsShared.Flag.NONE)
                            .map(r -> r.facet().field() + ": " + r.flag().meaning()).toList()));
            receipts.find(w.id()).ifPresent(r -> proofs.add(proof(w, r, k, chain, words)));
            if (!w.answers().responses().isEmpty()) {
                responses.add(new AfterActionReport.Responses(w.id(), w.reference(), w.to().recipientName(),
                        w.answers().responses().stream().map(r -> response(r, w, k, words)).toList()));
            }
        }

        AfterActionReport.Chain chainCheck = chainCheck(record, words);
        List<AfterActionReport.LeadTime> leadTimes = leadTimes(chain);
        List<Deadline> deadlines = deadlines(chain, sent, now, words);
        List<ComplianceCheck> compliance = compliance(threat, determinations, sent, nds, deadlines, chainCheck, now,
                words);
        List<Finding> findings = findings(chain, sent, read, nds, deadlines, proofs, chainCheck, words);

        AfterActionReport.Overview overview = overview(threat, chain, sent, now, cleared);
        String banner = threat.classification().name()
                + (threat.compartments().isEmpty() ? "" : "//" + String.join("/", threat.compartments()))
                + " // " + threat.tlp().label();
        return new AfterActionReport(threatId, threat.title(), banner, cleared, threat.timeZone(), now,
                currentUser.name(), overview,
                new AfterActionReport.Timeline(chain.entries(), leadTimes, deadlines, chainCheck),
                facets, proofs, responses, compliance, findings, analystFindings.forThreat(threatId));
    }

    // --- 1. overview ---

    private AfterActionReport.Overview overview(ThreatView threat, ChainTimeline chain, List<WarningView> sent,
            Instant now, boolean cleared) {
        Map<String, AfterActionReport.Participant> people = new LinkedHashMap<>();
        for (Event e : chain.events()) {
            String[] role = role(e);
            if (role == null || e.actor() == null || e.actor().isBlank() || "system".equals(e.actor())) {
                continue;
            }
            String name = "WarningDelivered".equals(e.type()) && e.text("deliveredBy") != null ? e.text("deliveredBy")
                    : e.actor();
            AfterActionReport.Participant p = people.computeIfAbsent(role[0] + "|" + name,
                    k -> new AfterActionReport.Participant(role[0], users.byUsername(name)
                            .map(UserView::displayName).orElse(name), name, new ArrayList<>()));
            if (!p.did().contains(role[1])) {
                p.did().add(role[1]);
            }
        }
        List<AfterActionReport.Participant> participants = people.values().stream()
                .map(p -> new AfterActionReport.Participant(p.role(), p.name(), p.username(), List.copyOf(p.did())))
                .sorted(Comparator.comparing((AfterActionReport.Participant p) -> roleOrder(p.role()))
                        .thenComparing(AfterActionReport.Participant::name))
                .toList();
        List<Incident> incidents = threat.incidents();
        boolean actionTaken = sent.stream().flatMap(w -> w.answers().responses().stream())
                .anyMatch(r -> r.kind() == ResponseKind.ACTION_TAKEN);
        AfterActionReport.Outcome outcome = !incidents.isEmpty() ? AfterActionReport.Outcome.INCIDENT
                : actionTaken ? AfterActionReport.Outcome.PREVENTED
                : threat.closedAt() != null ? AfterActionReport.Outcome.NOTHING_HAPPENED
                : AfterActionReport.Outcome.ONGOING;
        ReviewWords words = new ReviewWords(threat.timeZone());
        String outcomeSummary = switch (outcome) {
            case INCIDENT -> incidents.stream().map(i -> "Incident on " + words.at(i.occurredAt())
                    + (i.place() != null ? " at " + i.place() : "")
                    + (i.dead() != null ? ": " + i.dead() + " dead" : "")
                    + (i.injured() != null ? (i.dead() != null ? ", " : ": ") + i.injured() + " injured" : "") + ".")
                    .collect(Collectors.joining(" "));
            case PREVENTED -> "A recipient reported action taken, and no incident has been recorded.";
            case NOTHING_HAPPENED -> "The case was closed on " + words.at(threat.closedAt())
                    + " with no incident recorded" + (threat.closureReason() != null ? ": " + threat.closureReason()
                    : "") + ".";
            case ONGOING -> "The case is open and no incident has been recorded.";
        };
        // The period ends with the last thing a person did (a fan-out finishing later is the system's).
        Instant last = chain.events().stream().filter(e -> role(e) != null && !"Reviewer".equals(role(e)[0])
                        && !e.type().startsWith("StatementOfRecord")).map(Event::at)
                .max(Comparator.naturalOrder()).orElse(threat.receivedAt());
        String harm = threat.harmTypes().stream().map(h -> h.name().toLowerCase().replace('_', ' ')).sorted()
                .collect(Collectors.joining(", "));
        String summary = threat.summary() != null && !threat.summary().isBlank() ? threat.summary() : threat.title();
        return new AfterActionReport.Overview(summary, threat.classification(), threat.compartments(),
                threat.tlp().label(), threat.grading() != null ? threat.grading().code() : null, harm,
                threat.receivedAt(), last, participants, outcome, outcomeSummary,
                cleared ? threat.protectedDetails() : null);
    }

    /** The role a person acted in and what they did, from the kind of entry; null if not a person's act. */
    private static String[] role(Event e) {
        return switch (e.type()) {
            case "ThreatReported" -> new String[] {"Analyst", "entered the information"};
            case "DeterminationProposed" -> new String[] {"Analyst", "proposed the determination"};
            case "DeterminationApproved" -> new String[] {"Approver", "approved the determination"};
            case "DeterminationRejected" -> new String[] {"Approver", "rejected a determination"};
            case "WarningDrafted" -> new String[] {"Analyst", "drafted a warning"};
            case "WarningApproved" -> new String[] {"Approver", "approved a warning"};
            case "WarningRejected" -> new String[] {"Approver", "rejected a warning"};
            case "WarningSent" -> new String[] {"Liaison", "sent a warning"};
            case "WarningDelivered" -> "LIAISON".equals(e.text("channel"))
                    ? new String[] {"Liaison", "handed a warning over"} : null;
            case "WarningAcknowledged", "WarningResponseRecorded" -> new String[] {"Liaison", "recorded responses"};
            case "WarningEscalated" -> new String[] {"Liaison", "escalated an unanswered warning"};
            case "AlertDrafted" -> new String[] {"Consular", "drafted the public alert"};
            case "AlertReleased" -> new String[] {"Approver", "released the public alert"};
            case "NdsExceptionGranted" -> new String[] {"Approver", "granted a No-Double-Standard exception"};
            case "IncidentRecorded" -> new String[] {"Analyst", "recorded the incident"};
            case "ThreatClosed" -> new String[] {"Analyst", "closed the case"};
            case "FindingRecorded" -> new String[] {"Reviewer", "recorded findings"};
            case "CorrectiveActionPlanned" -> new String[] {"Reviewer", "planned corrective actions"};
            case "StatementOfRecordDrafted" -> new String[] {"Approver", "drafted a statement of record"};
            case "StatementOfRecordApproved", "StatementOfRecordRejected" ->
                    new String[] {"Approver", "decided on a statement of record"};
            default -> null;
        };
    }

    private static int roleOrder(String role) {
        return List.of("Analyst", "Approver", "Liaison", "Consular", "Reviewer").indexOf(role);
    }

    // --- 2. timeline: lead times and deadlines ---

    private static List<AfterActionReport.LeadTime> leadTimes(ChainTimeline chain) {
        Map<String, Instant> milestones = new LinkedHashMap<>();
        chain.first("ThreatReported").ifPresent(e -> milestones.put("Information received", e.at()));
        chain.first("DeterminationProposed").ifPresent(e -> milestones.put("Determination proposed", e.at()));
        chain.first("DeterminationApproved").ifPresent(e -> milestones.put("Determination approved", e.at()));
        chain.first("WarningDelivered").ifPresent(e -> milestones.put("First warning delivered ("
                + e.text("recipientName") + ")", e.at()));
        chain.first("WarningAcknowledged").ifPresent(e -> milestones.put("First acknowledgment", e.at()));
        chain.first("AlertPublished", e -> "ALERT".equalsIgnoreCase(e.text("msgType")))
                .ifPresent(e -> milestones.put("Public alert published", e.at()));
        chain.first("IncidentRecorded").ifPresent(e -> milestones.put("Incident", e.at()));
        List<AfterActionReport.LeadTime> times = new ArrayList<>();
        Instant received = milestones.get("Information received");
        Instant previous = null;
        for (Map.Entry<String, Instant> m : milestones.entrySet()) {
            Duration sinceReceived = received == null ? null : Duration.between(received, m.getValue());
            Duration sincePrevious = previous == null ? null : Duration.between(previous, m.getValue());
            times.add(new AfterActionReport.LeadTime(m.getKey(), m.getValue(), sinceReceived,
                    sinceReceived == null ? null : ReviewWords.span(sinceReceived), sincePrevious,
                    sincePrevious == null ? null : (sincePrevious.isNegative() ? "before the step above, by "
                            : "") + ReviewWords.span(sincePrevious)));
            previous = m.getValue();
        }
        return times;
    }

    private static List<Deadline> deadlines(ChainTimeline chain, List<WarningView> sent, Instant now,
            ReviewWords words) {
        List<Deadline> deadlines = new ArrayList<>();
        // The deadline in force is the one the latest approved duty set.
        Optional<Instant> warnBy = chain.ofType("DeterminationApproved").stream()
                .filter(e -> "DUTY_TO_WARN".equals(e.text("outcome")) && e.text("warnBy") != null)
                .reduce((a, b) -> b).map(e -> e.time("warnBy"));
        warnBy.ifPresent(due -> {
            Instant delivered = chain.first("WarningDelivered").map(Event::at).orElse(null);
            deadlines.add(deadline("Warning deadline", due, delivered, now, words,
                    "the first warning was delivered"));
        });
        for (WarningView w : sent) {
            Instant due = w.answers().acknowledgmentDueAt();
            if (due != null) {
                Instant answered = firstAnswer(w);
                deadlines.add(deadline("Acknowledgment from " + w.to().recipientName(), due, answered, now, words,
                        w.to().recipientName() + " answered"));
            }
        }
        return deadlines;
    }

    private static Instant firstAnswer(WarningView w) {
        return w.answers().responses().stream().map(WarningResponse::receivedAt).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(w.answers().acknowledgedAt());
    }

    private static Deadline deadline(String name, Instant due, Instant done, Instant now, ReviewWords words,
            String what) {
        if (done != null) {
            Duration margin = Duration.between(done, due);
            boolean met = !margin.isNegative();
            return new Deadline(name, due, done, met ? DeadlineStatus.MET : DeadlineStatus.MISSED, margin,
                    name + " (" + words.at(due) + ") " + (met ? "met: " : "missed by " + ReviewWords.span(margin)
                            + ": ") + what + " " + words.at(done) + (met ? ", " + ReviewWords.span(margin)
                            + " before it." : "."));
        }
        if (now.isAfter(due)) {
            Duration late = Duration.between(due, now);
            return new Deadline(name, due, null, DeadlineStatus.MISSED_OPEN, late.negated(),
                    name + " (" + words.at(due) + ") missed: " + ReviewWords.span(late) + " past, and not yet done.");
        }
        return new Deadline(name, due, null, DeadlineStatus.OPEN, Duration.between(now, due),
                name + " (" + words.at(due) + ") not yet due; " + ReviewWords.span(Duration.between(now, due))
                        + " left.");
    }

    private static AfterActionReport.Chain chainCheck(AuditTrail.CaseRecord record, ReviewWords words) {
        AuditTrail.Segment s = record.segment();
        if (s == null) {
            return new AfterActionReport.Chain(0, 0, 0, false, "The audit chain holds nothing on this case.", null);
        }
        boolean valid = s.verification().valid();
        String sentence = valid
                ? "Audit entries " + s.firstSequence() + " to " + s.lastSequence() + " (" + s.verification().entries()
                + " entries, " + record.entries().size() + " of this case) recompute to their hashes and link to "
                + "each other and to the entry before; the case's last entry has hash " + s.lastHash() + "."
                : "The audit chain does not verify: " + s.verification().reason();
        return new AfterActionReport.Chain(s.firstSequence(), s.lastSequence(), s.verification().entries(), valid,
                sentence, s.lastHash());
    }

    // --- 4. receipts ---

    private AfterActionReport.ReceiptProof proof(WarningView w, Receipt receipt, KnownVsShared k, ChainTimeline chain,
            ReviewWords words) {
        Receipts.ReceiptVerification check = receipts.verify(receipt);
        String drafted = chain.ofType("WarningDrafted").stream()
                .filter(e -> w.id().toString().equals(e.text("warningId"))).findFirst()
                .map(e -> e.text("releasableText")).orElse(null);
        boolean matchesChain = drafted != null && drafted.equals(k.text());
        String sentence = "The text delivered to " + w.to().recipientName() + " on " + words.at(
                w.delivered().deliveredAt()) + " " + whatItSaid(k) + "; " + (check.valid()
                ? "signature valid (key id " + check.keyId() + ")"
                : "the signature does NOT hold: " + check.reason()) + (matchesChain
                ? "; it is the text recorded on the audit chain when the warning was drafted."
                : "; it differs from the text recorded on the audit chain when the warning was drafted.");
        List<AfterActionReport.ReleasedStatement> released = statements.approvedFor(w.id()).stream()
                .map(s -> new AfterActionReport.ReleasedStatement(s.id(), s.decidedBy(), s.decidedAt(),
                        "/api/v1/statements/" + s.id() + "/bundle")).toList();
        if (!released.isEmpty()) {
            AfterActionReport.ReleasedStatement last = released.get(released.size() - 1);
            sentence += " A statement of record quoting it was approved for release by " + last.approvedBy() + " on "
                    + words.at(last.approvedAt()) + ": anyone given it can check it against this receipt.";
        }
        return new AfterActionReport.ReceiptProof(w.id(), w.reference(), w.to().recipientName(),
                w.delivered().deliveredAt(), receipt.issuedAt(), check.keyId(), check.valid(), check.reason(),
                matchesChain, sentence, released);
    }

    /** Who must act needs the target and the time first. */
    private static final List<Facet> SAID_ORDER = List.of(Facet.TARGET, Facet.TIME, Facet.PLACE, Facet.ACTOR,
            Facet.METHOD);

    /** "named Crocus City Hall and a synagogue in Moscow, the actor (Islamic State) and the window (“in the coming weeks”)". */
    static String whatItSaid(KnownVsShared k) {
        return whatItSaid(k, true);
    }

    /** What the text named, without what it left out: for a releasable statement, which must not say what was known. */
    static String whatItNamed(KnownVsShared k) {
        return whatItSaid(k, false);
    }

    private static String whatItSaid(KnownVsShared k, boolean andWhatNot) {
        List<String> said = new ArrayList<>();
        List<String> not = new ArrayList<>();
        List<KnownVsShared.Row> rows = k.rows().stream().sorted(Comparator.comparingInt(r -> SAID_ORDER.indexOf(
                r.facet()))).toList();
        for (KnownVsShared.Row row : rows) {
            if (!row.inText()) {
                if (andWhatNot && !"not known".equals(row.known())) {
                    not.add("the " + row.facet().field());
                }
                continue;
            }
            said.add(switch (row.facet()) {
                case TARGET -> ReviewWords.list(row.foundInText());
                case ACTOR -> "the actor (" + ReviewWords.list(row.foundInText()) + ")";
                case PLACE -> "the place (" + ReviewWords.list(row.foundInText()) + ")";
                case TIME -> "the window (" + ReviewWords.quoted(row.foundInText()) + ")";
                case METHOD -> "the method (" + ReviewWords.quoted(row.foundInText()) + ")";
            });
        }
        String named = said.isEmpty() ? "named none of the target, place, time, actor or method"
                : "named " + ReviewWords.list(said);
        return named + (!not.isEmpty() ? ", but not " + ReviewWords.list(not) : "");
    }

    // --- 5. responses and disputes ---

    private static AfterActionReport.Response response(WarningResponse r, WarningView w, KnownVsShared k,
            ReviewWords words) {
        String answer = null;
        if (r.kind() == ResponseKind.DISPUTE) {
            Specificity s = k.inText();
            answer = (k.fromReceipt() ? "The signed receipt proves the text delivered on "
                    + words.at(w.delivered().deliveredAt()) : "The warning's text (not delivered, no receipt)")
                    + " " + whatItSaid(k) + ". Read from the text, its specificity is " + s.score() + "/100 ("
                    + s.level() + ")" + (s.score() != k.declared().score() ? "; declared: " + k.declared().score()
                    + "/100" : "") + ".";
        }
        return new AfterActionReport.Response(r.kind(), r.receivedAt(), r.text(), r.source(), r.recordedBy(), answer);
    }

    // --- 6. compliance ---

    private List<ComplianceCheck> compliance(ThreatView threat, List<DeterminationView> determinations,
            List<WarningView> sent, Optional<NdsView> nds, List<Deadline> deadlines, AfterActionReport.Chain chain,
            Instant now, ReviewWords words) {
        List<ComplianceCheck> checks = new ArrayList<>();
        List<DeterminationView> approved = determinations.stream()
                .filter(d -> d.state() == DeterminationState.APPROVED).toList();

        // Duty criteria recorded
        if (approved.isEmpty()) {
            checks.add(check("duty-criteria", "Duty-to-warn criteria recorded", ComplianceStatus.FAILED,
                    determinations.isEmpty() ? "No determination was made."
                            : "No determination was approved (" + determinations.size() + " proposed or rejected)."));
        } else {
            DeterminationView d = approved.get(approved.size() - 1);
            boolean recorded = d.rationale() != null && !d.rationale().isBlank();
            checks.add(check("duty-criteria", "Duty-to-warn criteria recorded",
                    recorded ? ComplianceStatus.PASSED : ComplianceStatus.FAILED,
                    d.outcome() + " approved " + words.at(d.decidedAt()) + " by " + d.decidedBy() + ": credible "
                            + (d.credible() ? "yes" : "no") + ", specific " + (d.specific() ? "yes" : "no")
                            + ", harm " + threat.harmTypes().stream().map(Enum::name).sorted()
                            .collect(Collectors.joining(", "))
                            + (recorded ? "; rationale: " + d.rationale().strip().replaceAll("[.]+$", "")
                            : "; no rationale recorded") + "."));
        }

        // Waiver justified
        List<DeterminationView> waivers = approved.stream().filter(d -> d.outcome() == Outcome.WAIVED).toList();
        checks.add(waivers.isEmpty()
                ? check("waiver-justified", "Waiver justified", ComplianceStatus.NOT_APPLICABLE, "No waiver.")
                : check("waiver-justified", "Waiver justified", waivers.stream()
                        .allMatch(d -> d.waiverJustification() != null) ? ComplianceStatus.PASSED
                        : ComplianceStatus.FAILED, waivers.stream().map(d -> "Waiver approved by " + d.decidedBy()
                        + " " + words.at(d.decidedAt()) + ": " + (d.waiverJustification() == null
                        ? "no justification recorded" : d.waiverMeaning())).collect(Collectors.joining(" "))));

        // Approver is not proposer
        List<String> decisions = new ArrayList<>();
        boolean separated = true;
        for (DeterminationView d : determinations) {
            if (d.decidedBy() != null) {
                separated &= !d.decidedBy().equals(d.proposedBy());
                decisions.add("determination proposed by " + d.proposedBy() + ", decided by " + d.decidedBy());
            }
        }
        for (WarningView w : sent) {
            if (w.decided().approvedBy() != null) {
                separated &= !w.decided().approvedBy().equals(w.drafted().draftedBy());
                decisions.add("warning to " + w.to().recipientName() + " drafted by " + w.drafted().draftedBy()
                        + ", decided by " + w.decided().approvedBy());
            }
        }
        checks.add(decisions.isEmpty()
                ? check("separation-of-duties", "Approver is not the proposer", ComplianceStatus.NOT_APPLICABLE,
                "Nothing was decided yet.")
                : check("separation-of-duties", "Approver is not the proposer",
                separated ? ComplianceStatus.PASSED : ComplianceStatus.FAILED, capitalise(String.join("; ",
                        decisions)) + "."));

        // Approval before warning an adversary
        List<WarningView> toAdversaries = sent.stream().filter(w -> w.sent().sentAt() != null)
                .filter(w -> w.to().recipientRelationship() == Relationship.ADVERSARY).toList();
        if (toAdversaries.isEmpty()) {
            checks.add(check("adversary-approval", "Approval before warning an adversary",
                    ComplianceStatus.NOT_APPLICABLE, "No warning was sent to an adversary."));
        } else {
            boolean approvedFirst = toAdversaries.stream().allMatch(w -> w.decided().approvedAt() != null
                    && !w.decided().approvedAt().isAfter(w.sent().sentAt()));
            checks.add(check("adversary-approval", "Approval before warning an adversary",
                    approvedFirst ? ComplianceStatus.PASSED : ComplianceStatus.FAILED,
                    toAdversaries.stream().map(w -> "Warning to " + w.to().recipientName() + " (adversary) "
                            + (w.decided().approvedAt() == null ? "was sent without approval"
                            : "approved by " + w.decided().approvedBy() + " " + words.at(w.decided().approvedAt()))
                            + ", sent " + words.at(w.sent().sentAt()) + ".").collect(Collectors.joining(" "))));
        }

        // Warning deadline
        Optional<Deadline> warnBy = deadlines.stream().filter(d -> d.name().equals("Warning deadline")).findFirst();
        checks.add(warnBy.map(d -> check("warning-deadline", "Warning deadline",
                        switch (d.status()) {
                            case MET -> ComplianceStatus.PASSED;
                            case MISSED, MISSED_OPEN -> ComplianceStatus.FAILED;
                            case OPEN -> ComplianceStatus.NOT_APPLICABLE;
                        }, d.sentence()))
                .orElse(check("warning-deadline", "Warning deadline", ComplianceStatus.NOT_APPLICABLE,
                        "No duty to warn was approved, so no deadline was set.")));

        // No Double Standard
        checks.add(nds.map(o -> switch (o.status()) {
            case SATISFIED_BY_ALERT -> check("no-double-standard", "No Double Standard", ComplianceStatus.PASSED,
                    "Officials (" + o.recipientName() + ") were warned " + words.at(o.openedAt())
                            + "; the public alert followed " + words.at(o.satisfiedAt()) + ", "
                            + ReviewWords.span(Duration.between(o.openedAt(), o.satisfiedAt())) + " later.");
            case EXCEPTION_GRANTED -> check("no-double-standard", "No Double Standard", ComplianceStatus.PASSED,
                    "Exception granted by " + o.exceptionBy() + " " + words.at(o.satisfiedAt()) + ": "
                            + o.exceptionReason());
            case OPEN -> check("no-double-standard", "No Double Standard", ComplianceStatus.FAILED,
                    "Officials (" + o.recipientName() + ") were warned " + words.at(o.openedAt())
                            + "; the public has not been told, " + ReviewWords.span(Duration.between(o.openedAt(),
                            now)) + " later.");
        }).orElse(check("no-double-standard", "No Double Standard", ComplianceStatus.NOT_APPLICABLE,
                threat.affectsGeneralPublic() ? "No warning has gone to officials yet."
                        : "The threat was not recorded as touching the general public.")));

        // Acknowledgment or escalation
        List<WarningView> delivered = sent.stream().filter(w -> w.delivered().deliveredAt() != null).toList();
        if (delivered.isEmpty()) {
            checks.add(check("acknowledgment", "Acknowledgment or escalation", ComplianceStatus.NOT_APPLICABLE,
                    "No warning was delivered."));
        } else {
            List<String> evidence = new ArrayList<>();
            ComplianceStatus status = ComplianceStatus.PASSED;
            boolean anyDue = false;
            for (WarningView w : delivered) {
                Instant answered = firstAnswer(w);
                Instant due = w.answers().acknowledgmentDueAt();
                if (answered != null) {
                    evidence.add(w.to().recipientName() + " answered " + words.at(answered));
                    anyDue = true;
                } else if (w.followUp().escalatedAt() != null) {
                    evidence.add("warning to " + w.to().recipientName() + " unanswered, escalated by "
                            + w.followUp().escalatedBy() + " " + words.at(w.followUp().escalatedAt()));
                    anyDue = true;
                } else if (due != null && now.isAfter(due)) {
                    evidence.add("warning to " + w.to().recipientName() + " unanswered since " + words.at(due)
                            + " and not escalated");
                    status = ComplianceStatus.FAILED;
                    anyDue = true;
                } else {
                    evidence.add("warning to " + w.to().recipientName() + " awaits an answer (due "
                            + words.at(due) + ")");
                }
            }
            checks.add(check("acknowledgment", "Acknowledgment or escalation",
                    anyDue ? status : ComplianceStatus.NOT_APPLICABLE, capitalise(String.join("; ", evidence)) + "."));
        }

        checks.add(check("audit-chain", "Audit chain valid", chain.valid() ? ComplianceStatus.PASSED
                : ComplianceStatus.FAILED, chain.sentence()));
        return checks;
    }

    private static ComplianceCheck check(String rule, String title, ComplianceStatus status, String evidence) {
        return new ComplianceCheck(rule, title, status, evidence);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    // --- 7. findings drawn from the rules ---

    private List<Finding> findings(ChainTimeline chain, List<WarningView> sent, Map<UUID, KnownVsShared> read,
            Optional<NdsView> nds, List<Deadline> deadlines, List<AfterActionReport.ReceiptProof> proofs,
            AfterActionReport.Chain chainCheck, ReviewWords words) {
        List<Finding> findings = new ArrayList<>();
        deadlines.stream().filter(d -> d.name().equals("Warning deadline")).findFirst().ifPresent(d -> {
            switch (d.status()) {
                case MET -> findings.add(new Finding("deadline.met", FindingKind.STRENGTH,
                        "Warned " + ReviewWords.span(d.margin()) + " before the deadline", d.sentence()));
                case MISSED -> findings.add(new Finding("deadline.missed", FindingKind.AREA_FOR_IMPROVEMENT,
                        "Deadline missed by " + ReviewWords.span(d.margin()), d.sentence()));
                case MISSED_OPEN -> findings.add(new Finding("deadline.missed", FindingKind.AREA_FOR_IMPROVEMENT,
                        "Deadline missed by " + ReviewWords.span(d.margin()) + " and no warning delivered yet",
                        d.sentence()));
                case OPEN -> {
                }
            }
        });
        Optional<Instant> delivered = chain.first("WarningDelivered").map(Event::at);
        Optional<Instant> incident = chain.first("IncidentRecorded").map(Event::at);
        if (delivered.isPresent() && incident.isPresent() && delivered.get().isBefore(incident.get())) {
            Duration lead = Duration.between(delivered.get(), incident.get());
            findings.add(new Finding("lead-time", FindingKind.STRENGTH, "Warned " + ReviewWords.span(lead)
                    + " before the incident", "The first warning was delivered " + words.at(delivered.get())
                    + "; the incident happened " + words.at(incident.get()) + ". The recipient had "
                    + ReviewWords.span(lead) + " to act."));
        } else if (incident.isPresent() && delivered.isEmpty()) {
            findings.add(new Finding("lead-time", FindingKind.AREA_FOR_IMPROVEMENT,
                    "No warning was delivered before the incident", "The incident happened "
                    + words.at(incident.get()) + " and no warning had been delivered."));
        }
        nds.ifPresent(o -> {
            if (o.status() == NdsStatus.SATISFIED_BY_ALERT) {
                Duration took = Duration.between(o.openedAt(), o.satisfiedAt());
                boolean late = took.compareTo(properties.publicAlertWithin()) > 0;
                findings.add(new Finding("nds.delay", late ? FindingKind.AREA_FOR_IMPROVEMENT : FindingKind.STRENGTH,
                        "Public alert " + ReviewWords.span(took) + " after officials were warned",
                        "Officials (" + o.recipientName() + ") were warned " + words.at(o.openedAt())
                                + "; the public alert was published " + words.at(o.satisfiedAt()) + ". "
                                + (late ? "That is later than the " + ReviewWords.span(properties.publicAlertWithin())
                                + " the service aims for." : "Within the " + ReviewWords.span(
                                properties.publicAlertWithin()) + " the service aims for.")));
            } else if (o.status() == NdsStatus.OPEN) {
                findings.add(new Finding("nds.open", FindingKind.AREA_FOR_IMPROVEMENT,
                        "The public has not been told", "Officials (" + o.recipientName() + ") were warned "
                        + words.at(o.openedAt()) + " of a threat to the public; no public alert and no exception since."));
            }
        });
        for (WarningView w : sent) {
            KnownVsShared k = read.get(w.id());
            for (KnownVsShared.Row row : k.rows()) {
                if (row.flag() == KnownVsShared.Flag.DECLARED_SHARED_BUT_ABSENT) {
                    findings.add(new Finding("text.absent." + row.facet().field() + "." + w.reference(),
                            FindingKind.AREA_FOR_IMPROVEMENT, "The warning to " + w.to().recipientName()
                            + " did not say the " + row.facet().field() + " it declared shared",
                            "Declared SHARED, but the " + (k.fromReceipt() ? "delivered" : "drafted")
                                    + " text does not contain the " + row.facet().field() + " (" + row.known()
                                    + "). Specificity declared " + k.declared().score() + "/100, in the text "
                                    + k.inText().score() + "/100."));
                } else if (row.flag() == KnownVsShared.Flag.DECLARED_WITHHELD_BUT_PRESENT) {
                    findings.add(new Finding("text.present." + row.facet().field() + "." + w.reference(),
                            FindingKind.AREA_FOR_IMPROVEMENT, "The warning to " + w.to().recipientName()
                            + " said the " + row.facet().field() + " it declared withheld",
                            "Declared WITHHELD, but the text contains " + ReviewWords.quoted(row.foundInText())
                                    + ". Whatever was withheld for was not protected."));
                }
            }
            boolean disputed = w.answers().responses().stream().anyMatch(r -> r.kind() == ResponseKind.DISPUTE);
            if (k.fromReceipt() && k.inText().level() == Specificity.Level.LOW) {
                findings.add(new Finding("specificity.low." + w.reference(), FindingKind.AREA_FOR_IMPROVEMENT,
                        "The warning to " + w.to().recipientName() + " was too general to act on",
                        "Read from the delivered text, its specificity is " + k.inText().score() + "/100: "
                                + k.inText().explanation()));
            } else if (disputed && k.fromReceipt()) {
                findings.add(new Finding("dispute.answered." + w.reference(), FindingKind.STRENGTH,
                        "The record answers the dispute of the warning to " + w.to().recipientName(),
                        "The signed receipt proves the delivered text " + whatItSaid(k) + " (specificity "
                                + k.inText().score() + "/100 read from the text)."));
            }
        }
        for (AfterActionReport.ReceiptProof p : proofs) {
            if (!p.signatureValid() || !p.textMatchesChain()) {
                findings.add(new Finding("receipt.invalid." + p.reference(), FindingKind.AREA_FOR_IMPROVEMENT,
                        "The receipt for the warning to " + p.recipient() + " does not prove what was delivered",
                        p.sentence()));
            }
        }
        if (!chainCheck.valid()) {
            findings.add(new Finding("audit-chain.invalid", FindingKind.AREA_FOR_IMPROVEMENT,
                    "The audit chain does not verify", chainCheck.sentence()));
        }
        return findings;
    }
}
