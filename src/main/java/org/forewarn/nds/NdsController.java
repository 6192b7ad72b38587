package org.forewarn.nds;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/threats/{threatId}")
class NdsController {

    private final NoDoubleStandard noDoubleStandard;

    NdsController(NoDoubleStandard noDoubleStandard) {
        this.noDoubleStandard = noDoubleStandard;
    }

    @GetMapping("/nds")
    @PreAuthorize("hasAnyRole('ANALYST','APPROVER','LIAISON','CONSULAR','AUDITOR')")
    NdsView obligation(@PathVariable UUID threatId) {
        return noDoubleStandard.view(threatId);
    }

    @PostMapping("/nds-exception")
    @PreAuthorize("hasRole('APPROVER')")
    @Operation(summary = "Grant a No-Double-Standard exception", description = "{reason}. Only for an approver "
            + "cleared for the threat (classification and compartments); others get 403.")
    NdsView grantException(@PathVariable UUID threatId, @RequestBody GrantNdsException command) {
        return noDoubleStandard.grantException(threatId, command);
    }
}
