package org.forewarn.review;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.forewarn.audit.AuditTrail;
import org.forewarn.review.CaseTimeline.Kind;
import org.forewarn.review.ChainTimeline.Event;
import org.forewarn.threat.ThreatSummary;
import org.forewarn.threat.Threats;
import org.springframework.stereotype.Service;

/**
 * Builds a case's timeline from the audit chain: each entry is an entry of the chain, at the time
 * the event states (when the information was received, a warning delivered, an answer received),
 * with when it was recorded if that was later. The tables each module keeps may change; the chain
 * cannot without the change being detected, so this is the timeline of record.
 */
@Service
public class CaseReview {

    private final Threats threats;
    private final AuditTrail auditTrail;

    CaseReview(Threats threats, AuditTrail auditTrail) {
        this.threats = threats;
        this.auditTrail = auditTrail;
    }

    public CaseTimeline timeline(UUID threatId) {
        ThreatSummary threat = threats.summary(threatId);
        ChainTimeline chain = ChainTimeline.of(auditTrail.caseEntries(threatId), new ReviewWords(threat.timeZone()));
        String caseLink = "/threats/" + threatId;
        List<Step> steps = new ArrayList<>();
        List<AfterActionReport.Entry> entries = chain.entries();
        for (int i = 0; i < entries.size(); i++) {
            Event event = chain.events().get(i);
            AfterActionReport.Entry entry = entries.get(i);
            Kind kind = kind(event);
            if (kind == null) {
                continue;
            }
            if (kind == Kind.RECEIVED) {
                steps.add(new Step(event.at(), Kind.RECEIVED, entry.title(), entry.detail(), entry.actor(), caseLink,
                        null, event.sequence()));
                steps.add(new Step(event.recordedAt(), Kind.REPORTED, "Threat entered in Forewarn", null,
                        entry.actor(), caseLink, null, event.sequence()));
                continue;
            }
            steps.add(new Step(event.at(), kind, entry.title(), entry.detail(), entry.actor(), link(event, caseLink),
                    entry.recordedAt(), event.sequence()));
        }
        steps.sort(Comparator.comparing(Step::at).thenComparing(Step::kind).thenComparingLong(Step::sequence));
        Instant received = steps.stream().filter(s -> s.kind() == Kind.RECEIVED).map(Step::at).findFirst()
                .orElse(threat.receivedAt());
        List<CaseTimeline.Entry> timeline = steps.stream().map(s -> new CaseTimeline.Entry(s.at(), s.kind(),
                s.title(), s.detail(), s.actor(), s.link(), Duration.between(received, s.at()), s.recordedAt()))
                .toList();
        return new CaseTimeline(threatId, threat.title(), threat.timeZone(), timeline, leadTimes(received, steps));
    }

    /** Where an entry sits in the story; null for the chain's other entries (tearline checks, drafts of alerts). */
    private static Kind kind(Event e) {
        return switch (e.type()) {
            case "ThreatReported" -> Kind.RECEIVED;
            case "DeterminationProposed" -> Kind.DETERMINATION_PROPOSED;
            case "DeterminationApproved", "DeterminationRejected" -> Kind.DETERMINATION_DECIDED;
            case "WarningDrafted" -> Kind.WARNING_DRAFTED;
            case "WarningApproved", "WarningRejected" -> Kind.WARNING_APPROVED;
            case "WarningSent" -> Kind.WARNING_SENT;
            case "WarningDelivered" -> Kind.WARNING_DELIVERED;
            case "WarningAcknowledged", "WarningResponseRecorded" -> Kind.RESPONSE;
            case "WarningDeliveryFailed", "WarningUnanswered", "WarningEscalated" -> Kind.FOLLOW_UP;
            case "NdsObligationOpened" -> Kind.NDS_OPENED;
            case "NdsObligationSatisfied", "NdsExceptionGranted" -> Kind.NDS_SATISFIED;
            case "AlertPublished" -> Kind.PUBLIC_ALERT;
            case "IncidentRecorded" -> Kind.INCIDENT;
            case "ThreatClosed" -> Kind.CLOSED;
            case "ClaimRecorded" -> Kind.CLAIM;
            case "HypothesisStated", "EvidenceAdded", "JudgementRecorded" -> Kind.ANALYSIS;
            case "FindingRecorded", "CorrectiveActionPlanned", "CorrectiveActionCompleted", "CorrectiveActionCancelled",
                 "StatementOfRecordApproved" -> Kind.REVIEW;
            default -> null;
        };
    }

    private static String link(Event e, String caseLink) {
        if (e.text("warningId") != null && e.type().startsWith("Warning")) {
            return "/warnings/" + e.text("warningId");
        }
        if (e.text("determinationId") != null) {
            return caseLink + "#determination-" + e.text("determinationId");
        }
        if (e.text("alertId") != null && e.type().startsWith("Alert")) {
            return "/alerts/" + e.text("alertId");
        }
        if (e.type().startsWith("Finding") || e.type().startsWith("CorrectiveAction")) {
            return caseLink + "/review#analyst-findings";
        }
        if (e.type().equals("HypothesisStated") || e.type().equals("EvidenceAdded")) {
            return caseLink + "/hypotheses";
        }
        if (e.type().equals("JudgementRecorded")) {
            return caseLink + "/hypotheses#judgements";
        }
        if (e.type().startsWith("StatementOfRecord")) {
            return "/warnings/" + e.text("warningId") + "#statement-of-record";
        }
        return caseLink;
    }

    private static List<CaseTimeline.LeadTime> leadTimes(Instant received, List<Step> steps) {
        Optional<Instant> approved = first(steps, Kind.DETERMINATION_DECIDED);
        Optional<Instant> delivered = first(steps, Kind.WARNING_DELIVERED);
        Optional<Instant> alert = steps.stream().filter(s -> s.kind() == Kind.PUBLIC_ALERT)
                .filter(s -> s.title().startsWith("Public alert published")).map(Step::at).findFirst();
        Optional<Instant> incident = first(steps, Kind.INCIDENT);
        List<CaseTimeline.LeadTime> spans = new ArrayList<>();
        approved.ifPresent(a -> spans.add(span("Information received → determination decided", received, a)));
        delivered.ifPresent(d -> spans.add(span("Information received → first warning delivered", received, d)));
        delivered.ifPresent(d -> alert.ifPresent(a -> spans.add(span("Warning delivered → public alert", d, a))));
        delivered.ifPresent(d -> incident.ifPresent(i -> spans.add(span("Warning delivered → incident (lead time)", d,
                i))));
        alert.ifPresent(a -> incident.ifPresent(i -> spans.add(span("Public alert → incident", a, i))));
        return spans;
    }

    private static Optional<Instant> first(List<Step> steps, Kind kind) {
        return steps.stream().filter(s -> s.kind() == kind).map(Step::at).min(Comparator.naturalOrder());
    }

    private static CaseTimeline.LeadTime span(String label, Instant from, Instant to) {
        return new CaseTimeline.LeadTime(label, from, to, Duration.between(from, to));
    }

    /** @param recordedAt when it was recorded, if later than it happened */
    private record Step(Instant at, Kind kind, String title, String detail, String actor, String link,
                        Instant recordedAt, long sequence) {
    }
}
