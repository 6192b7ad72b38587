package org.forewarn.console;

import java.util.List;
import java.util.UUID;

import org.forewarn.attribution.ClaimKind;
import org.forewarn.attribution.ClaimSource;
import org.forewarn.attribution.Claims;
import org.forewarn.attribution.RecordClaim;
import org.forewarn.attribution.Wording;
import org.forewarn.threat.SourceReliability;
import org.forewarn.threat.Threats;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The form of the case page's claims ledger ({@code #claims}): it posts here, goes through the
 * {@link Claims} facade, and comes back to the ledger with what happened, or why it was refused.
 */
@Controller
class ClaimPages {

    private final Claims claims;
    private final Threats threats;

    ClaimPages(Claims claims, Threats threats) {
        this.claims = claims;
        this.threats = threats;
    }

    @PostMapping("/console/threats/{threatId}/claims")
    @PreAuthorize("hasRole('ANALYST')")
    String record(@PathVariable UUID threatId, @RequestParam(required = false) String party,
            @RequestParam(required = false) ClaimKind kind, @RequestParam(required = false) String statement,
            @RequestParam(required = false) Wording wording, @RequestParam(required = false) String subject,
            @RequestParam(required = false) String madeAt, @RequestParam(required = false) String learnedAt,
            @RequestParam(required = false) String outlet, @RequestParam(required = false) String url,
            @RequestParam(required = false) String document,
            @RequestParam(required = false) SourceReliability sourceReliability,
            @RequestParam(required = false) Integer informationCredibility,
            @RequestParam(required = false) List<UUID> warningIds, RedirectAttributes flash) {
        UUID[] created = new UUID[1];
        String done = Flash.run(flash, "Claim recorded.", "/console/threats/" + threatId + "#claims", () -> {
            String zone = threats.summary(threatId).timeZone();
            created[0] = claims.record(threatId, new RecordClaim(party, kind, statement, wording, subject,
                    Times.parse(madeAt, zone, "madeAt"), null, Times.parse(learnedAt, zone, "learnedAt"),
                    new ClaimSource(outlet, url, document), sourceReliability, informationCredibility,
                    warningIds)).id();
        });
        return created[0] != null ? "redirect:/console/threats/" + threatId + "#claim-" + created[0] : done;
    }
}
