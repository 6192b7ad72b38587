package org.forewarn.due;

import java.util.List;

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

    /** @param mine only what the caller's roles can act on */
    @GetMapping
    @PreAuthorize("hasAnyRole('ANALYST','APPROVER','LIAISON','CONSULAR','AUDITOR')")
    List<DueQueue.DueEntry> due(@RequestParam(defaultValue = "false") boolean mine) {
        return queue.now(mine);
    }
}
