package org.forewarn.due;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.forewarn.shared.Page;
import org.forewarn.shared.PageRequest;
import org.forewarn.shared.web.PageResponses;
import org.springframework.http.ResponseEntity;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/due")
class DueController {

    private final DueQueue queue;

    DueController(DueQueue queue) {
        this.queue = queue;
    }

    /**
     * @param mine only what the caller's roles can act on. Administrators see only what is outside any
     *             case (access grants awaiting a second administrator).
     */
    @GetMapping
    @PreAuthorize("hasAnyRole('ANALYST','APPROVER','LIAISON','CONSULAR','AUDITOR','ADMIN')")
    @Operation(summary = "What is waiting for someone, oldest first", description = "Items of cases go to everyone "
            + "who reads cases; `mine=true` keeps what the caller's roles can act on." + PageResponses.PAGED)
    ResponseEntity<Page<DueQueue.DueEntry>> due(@RequestParam(defaultValue = "false") boolean mine,
            @Parameter(description = PageResponses.LIMIT) @RequestParam(required = false) Integer limit,
            @Parameter(description = PageResponses.CURSOR) @RequestParam(required = false) String cursor) {
        return PageResponses.of(queue.page(mine, PageRequest.of(limit, cursor)));
    }
}
