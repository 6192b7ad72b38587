package org.forewarn.review;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.forewarn.assessment.DeterminationState;
import org.forewarn.assessment.DeterminationView;
import org.forewarn.assessment.Outcome;
import org.forewarn.nds.NdsView;
import org.forewarn.recipient.Relationship;
import org.forewarn.review.AfterActionReport.ComplianceCheck;
import org.forewarn.review.AfterActionReport.ComplianceStatus;
import org.forewarn.review.AfterActionReport.Deadline;
import org.forewarn.threat.ThreatView;
import org.forewarn.warning.WarningView;

/**
 * The duty-to-warn programme's rules, checked against one case's record: each passed, failed or not
 * applicable, with the evidence in a sentence. The rules: duty criteria recorded; waiver justified;
 * approver is not the proposer; approval before warning an adversary; warning deadline; No Double
 * Standard; acknowledgment or escalation; audit chain valid.
 */
final class ComplianceRules {

    private ComplianceRules() {
    }

    static List<ComplianceCheck> check(ThreatView threat, List<DeterminationView> determinations,
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
                Instant answered = AfterActionReview.firstAnswer(w);
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
}
