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
import org.forewarn.assessment.DeterminationView;
import org.forewarn.assessment.Outcome;
import org.forewarn.attribution.Claims;
import org.forewarn.audit.AuditTrail;
import org.forewarn.audit.Receipt;
import org.forewarn.audit.Receipts;
import org.forewarn.identity.CurrentUser;
import org.forewarn.identity.UserAdministration;
import org.forewarn.identity.UserView;
import org.forewarn.nds.NdsView;
import org.forewarn.nds.NoDoubleStandard;
import org.forewarn.review.AfterActionReport.ComplianceCheck;
import org.forewarn.review.AfterActionReport.Deadline;
import org.forewarn.review.AfterActionReport.DeadlineStatus;
import org.forewarn.review.AfterActionReport.Finding;
import org.forewarn.review.ChainTimeline.Event;
import org.forewarn.threat.Incident;
import org.forewarn.threat.Threats;
import org.forewarn.threat.ThreatView;
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
    private final Claims claims;

    AfterActionReview(Threats threats, Assessments assessments, Warnings warnings, NoDoubleStandard noDoubleStandard,
            AuditTrail auditTrail, Receipts receipts, CurrentUser currentUser, Clock clock,
            ReviewProperties properties, Findings analystFindings, StatementsOfRecord statements,
            UserAdministration users, Claims claims) {
        this.users = users;
        this.claims = claims;
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
            List<AfterActionReport.ClaimAbout> about = claims.forWarning(w.id()).stream()
                    .map(c -> new AfterActionReport.ClaimAbout(c.id(), c.party(), c.kindInWords(), c.statement(),
                            c.madeAt(), c.source() == null ? null : c.source().outlet(), answer(w, k, words)))
                    .toList();
            if (!w.answers().responses().isEmpty() || !about.isEmpty()) {
                responses.add(new AfterActionReport.Responses(w.id(), w.reference(), w.to().recipientName(),
                        w.answers().responses().stream().map(r -> response(r, w, k, words)).toList(), about));
            }
        }

        AfterActionReport.Chain chainCheck = chainCheck(record, words);
        List<AfterActionReport.LeadTime> leadTimes = leadTimes(chain);
        List<Deadline> deadlines = deadlines(chain, sent, now, words);
        List<ComplianceCheck> compliance = ComplianceRules.check(threat, determinations, sent, nds, deadlines,
                chainCheck, now, words);
        List<Finding> findings = FindingRules.draw(chain, sent, read, nds, deadlines, proofs, chainCheck, words,
                properties.publicAlertWithin());

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

    static Instant firstAnswer(WarningView w) {
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
                w.delivered().deliveredAt()) + " " + WhatTheTextSaid.said(k) + "; " + (check.valid()
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

    // --- 5. responses and disputes ---

    /** What the receipt proves was delivered, to set against a dispute or a claim about the warning. */
    private static String answer(WarningView w, KnownVsShared k, ReviewWords words) {
        Specificity s = k.inText();
        return (k.fromReceipt() ? "The signed receipt proves the text delivered on "
                + words.at(w.delivered().deliveredAt()) : "The warning's text (not delivered, no receipt)")
                + " " + WhatTheTextSaid.said(k) + ". Read from the text, its specificity is " + s.score() + "/100 ("
                + s.level() + ")" + (s.score() != k.declared().score() ? "; declared: " + k.declared().score()
                + "/100" : "") + ".";
    }

    private static AfterActionReport.Response response(WarningResponse r, WarningView w, KnownVsShared k,
            ReviewWords words) {
        String answer = r.kind() == ResponseKind.DISPUTE ? answer(w, k, words) : null;
        return new AfterActionReport.Response(r.kind(), r.receivedAt(), r.text(), r.source(), r.recordedBy(), answer);
    }

}
