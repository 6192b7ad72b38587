package org.forewarn.review;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.forewarn.alert.AlertView;
import org.forewarn.alert.Alerts;
import org.forewarn.alert.MsgType;
import org.forewarn.nds.NdsView;
import org.forewarn.nds.NoDoubleStandard;
import org.forewarn.assessment.Assessments;
import org.forewarn.assessment.DeterminationState;
import org.forewarn.assessment.DeterminationView;
import org.forewarn.threat.Incident;
import org.forewarn.threat.ThreatSummary;
import org.forewarn.threat.Threats;
import org.forewarn.warning.Specificity;
import org.forewarn.warning.WarningResponse;
import org.forewarn.warning.WarningState;
import org.forewarn.warning.WarningView;
import org.forewarn.review.CaseTimeline.Kind;
import org.forewarn.warning.Warnings;
import org.springframework.stereotype.Service;

/** Builds a case's timeline from the record each module keeps (the times the domain knows). */
@Service
public class CaseReview {

    private final Threats threats;
    private final Assessments assessments;
    private final Warnings warnings;
    private final Alerts alerts;
    private final NoDoubleStandard noDoubleStandard;

    CaseReview(Threats threats, Assessments assessments, Warnings warnings, Alerts alerts,
            NoDoubleStandard noDoubleStandard) {
        this.threats = threats;
        this.assessments = assessments;
        this.warnings = warnings;
        this.alerts = alerts;
        this.noDoubleStandard = noDoubleStandard;
    }

    public CaseTimeline timeline(UUID threatId) {
        ThreatSummary threat = threats.summary(threatId);
        Instant received = threat.receivedAt();
        List<Step> steps = new ArrayList<>();
        String caseLink = "/threats/" + threatId;
        steps.add(new Step(received, Kind.RECEIVED, "Information received",
                threat.title() + " (" + String.join(", ", threat.harmTypes().stream().map(Enum::name).sorted().toList())
                        + ")", null, caseLink));
        steps.add(new Step(threat.reportedAt(), Kind.REPORTED, "Threat entered in Forewarn", null, null, caseLink));
        for (DeterminationView d : assessments.forThreat(threatId)) {
            String link = "/threats/" + threatId + "#determination-" + d.id();
            steps.add(new Step(d.proposedAt(), Kind.DETERMINATION_PROPOSED, d.outcome() + " proposed", d.rationale(),
                    d.proposedBy(), link));
            if (d.decidedAt() != null) {
                steps.add(new Step(d.decidedAt(), Kind.DETERMINATION_DECIDED, d.outcome() + " "
                        + (d.state() == DeterminationState.APPROVED ? "approved" : "rejected"), d.decisionNote(),
                        d.decidedBy(), link));
            }
        }
        for (WarningView w : warnings.forThreat(threatId)) {
            String link = "/warnings/" + w.id();
            String to = " to " + w.to().recipientName();
            Specificity specificity = w.content().specificity();
            steps.add(new Step(w.drafted().draftedAt(), Kind.WARNING_DRAFTED, "Warning" + to + " drafted",
                    "Specificity " + specificity.score() + "/100 (" + specificity.level() + ")",
                    w.drafted().draftedBy(), link));
            WarningView.Decided decided = w.decided();
            if (decided.approvedAt() != null) {
                steps.add(new Step(decided.approvedAt(), Kind.WARNING_APPROVED, "Warning" + to + " "
                        + (w.state() == WarningState.REJECTED ? "rejected" : "approved"), decided.approvalNote(),
                        decided.approvedBy(), link));
            }
            WarningView.Sent sent = w.sent();
            Instant recordedLate = recordedLate(sent.sentAt(), sent.sentRecordedAt());
            if (sent.sentAt() != null) {
                steps.add(new Step(sent.sentAt(), Kind.WARNING_SENT, "Warning sent" + to + " (" + w.to().channel()
                        + ")", w.content().releasableText(), sent.sentBy(), link, recordedLate));
            }
            WarningView.Delivered delivered = w.delivered();
            if (delivered.deliveredAt() != null) {
                steps.add(new Step(delivered.deliveredAt(), Kind.WARNING_DELIVERED, "Warning delivered" + to,
                        delivered.handoverNote() != null ? delivered.handoverNote() : delivered.deliveryReference(),
                        delivered.deliveredBy(), link, delivered.deliveredAt().equals(sent.sentAt()) ? recordedLate
                        : null));
            }
            for (WarningResponse r : w.answers().responses()) {
                steps.add(new Step(r.receivedAt(), Kind.RESPONSE, label(r) + " from " + w.to().recipientName(),
                        r.text() + (r.source() != null ? " (" + r.source() + ")" : ""), r.recordedBy(), link));
            }
        }
        Optional<NdsView> nds = noDoubleStandard.find(threatId);
        nds.ifPresent(o -> {
            steps.add(new Step(o.openedAt(), Kind.NDS_OPENED, "No-Double-Standard obligation opened",
                    "Officials (" + o.recipientName() + ") were warned of a threat to the public", null, caseLink));
            if (o.satisfiedAt() != null) {
                steps.add(new Step(o.satisfiedAt(), Kind.NDS_SATISFIED, "No-Double-Standard obligation "
                        + (o.exceptionReason() != null ? "waived by exception" : "satisfied by a public alert"),
                        o.exceptionReason(), o.exceptionBy(), caseLink));
            }
        });
        List<AlertView> published = alerts.publishedForThreat(threatId);
        for (AlertView a : published) {
            steps.add(new Step(a.sent(), Kind.PUBLIC_ALERT, (a.msgType() == MsgType.ALERT ? "Public alert published"
                    : a.msgType() == MsgType.UPDATE ? "Public alert updated" : "Public alert cancelled")
                    + " by " + a.sender(), a.headline(), a.publishedBy(), "/alerts/" + a.id()));
        }
        for (Incident i : threat.incidents()) {
            String toll = i.dead() != null || i.injured() != null ? " — " + (i.dead() != null ? i.dead() + " dead" : "")
                    + (i.dead() != null && i.injured() != null ? ", " : "")
                    + (i.injured() != null ? i.injured() + " injured" : "") : "";
            steps.add(new Step(i.occurredAt(), Kind.INCIDENT, "Incident" + (i.place() != null ? " at " + i.place() : "")
                    + toll, i.description(), i.recordedBy(), caseLink));
        }
        if (threat.closedAt() != null) {
            steps.add(new Step(threat.closedAt(), Kind.CLOSED, "Case closed", null, null, caseLink));
        }
        steps.sort(Comparator.comparing(Step::at).thenComparing(Step::kind));
        List<CaseTimeline.Entry> entries = steps.stream().map(s -> new CaseTimeline.Entry(s.at(), s.kind(), s.title(),
                s.detail(), s.actor(), s.link(), Duration.between(received, s.at()), s.recordedAt())).toList();
        return new CaseTimeline(threatId, threat.title(), threat.timeZone(), entries,
                leadTimes(received, steps, published));
    }

    private static List<CaseTimeline.LeadTime> leadTimes(Instant received, List<Step> steps, List<AlertView> alerts) {
        Optional<Instant> approved = first(steps, Kind.DETERMINATION_DECIDED);
        Optional<Instant> delivered = first(steps, Kind.WARNING_DELIVERED);
        Optional<Instant> alert = alerts.stream().map(AlertView::sent).findFirst();
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

    private static String label(WarningResponse r) {
        return switch (r.kind()) {
            case ACKNOWLEDGMENT -> "Acknowledgment";
            case ACTION_TAKEN -> "Action reported";
            case DISPUTE -> "Dispute";
            case REQUEST_FOR_INFORMATION -> "Request for information";
            case OTHER -> "Response";
        };
    }

    /** @param recordedAt when it was recorded, if later than it happened */
    private record Step(Instant at, Kind kind, String title, String detail, String actor, String link,
                        Instant recordedAt) {
        Step(Instant at, Kind kind, String title, String detail, String actor, String link) {
            this(at, kind, title, detail, actor, link, null);
        }
    }

    /** A record made more than a few minutes after the fact shows when it was made. */
    private static Instant recordedLate(Instant happened, Instant recorded) {
        return happened != null && recorded != null && recorded.isAfter(happened.plus(Duration.ofMinutes(5)))
                ? recorded : null;
    }
}
