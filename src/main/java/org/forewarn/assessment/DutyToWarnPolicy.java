package org.forewarn.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.forewarn.shared.DomainException;
import org.forewarn.threat.HarmType;
import org.forewarn.threat.ThreatSummary;

/**
 * When a duty to warn arises: the information is credible and specific, about an impending threat
 * of intentional killing, serious bodily injury or kidnapping. A waiver presupposes the duty, and
 * must name one of the enumerated justifications.
 */
final class DutyToWarnPolicy {

    private DutyToWarnPolicy() {
    }

    static void check(ProposeDetermination proposal, ThreatSummary threat) {
        if (proposal.outcome() == Outcome.NO_DUTY) {
            return;
        }
        if (proposal.outcome() == Outcome.WAIVED && proposal.waiverJustification() == null) {
            throw new DomainException(DomainException.Kind.RULE_VIOLATION, "waiver-needs-justification",
                    "A waiver must name its justification: set waiverJustification to one of "
                            + List.of(WaiverJustification.values()) + ".",
                    Map.of("allowedJustifications", List.of(WaiverJustification.values())));
        }
        List<String> unmet = unmetCriteria(proposal, threat);
        if (!unmet.isEmpty()) {
            String what = proposal.outcome() == Outcome.DUTY_TO_WARN ? "A duty to warn" : "A waiver (of a duty to warn)";
            throw new DomainException(DomainException.Kind.RULE_VIOLATION, "duty-criteria-not-met",
                    what + " requires " + String.join("; ", unmet)
                            + ". If the duty does not arise, propose NO_DUTY with your rationale.",
                    Map.of("unmetCriteria", unmet));
        }
    }

    static List<String> unmetCriteria(ProposeDetermination proposal, ThreatSummary threat) {
        List<String> unmet = new ArrayList<>();
        if (!proposal.credible()) {
            unmet.add("credible information (credible is false)");
        }
        if (!proposal.specific()) {
            unmet.add("specific information (specific is false)");
        }
        if (!threat.hasQualifyingHarm()) {
            unmet.add("a threat of " + HarmType.INTENTIONAL_KILLING + ", " + HarmType.SERIOUS_BODILY_INJURY + " or "
                    + HarmType.KIDNAPPING + " (the threat's harm types are " + threat.harmTypes() + ")");
        }
        return unmet;
    }
}
