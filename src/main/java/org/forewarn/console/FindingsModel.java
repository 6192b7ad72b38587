package org.forewarn.console;

import java.util.UUID;

import org.forewarn.identity.Actor;
import org.forewarn.identity.CurrentUser;
import org.forewarn.identity.Role;
import org.forewarn.review.Findings;
import org.forewarn.threat.Threats;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the {@code console/review-findings :: findings} fragment needs, for whichever page shows it. */
@Component
class FindingsModel {

    private final Findings findings;
    private final Threats threats;
    private final CurrentUser currentUser;

    FindingsModel(Findings findings, Threats threats, CurrentUser currentUser) {
        this.findings = findings;
        this.threats = threats;
        this.currentUser = currentUser;
    }

    /**
     * {@code findings}, {@code threatId} and {@code canWrite}: whether the reader may record findings and
     * plan or cancel actions (an analyst or approver cleared for the case; the facade checks it again).
     */
    void addTo(Model model, UUID threatId) {
        Actor actor = currentUser.actor();
        model.addAttribute("findings", findings.forThreat(threatId));
        model.addAttribute("threatId", threatId);
        model.addAttribute("canWrite", (actor.has(Role.ANALYST) || actor.has(Role.APPROVER))
                && threats.currentUserIsCleared(threatId));
    }
}
