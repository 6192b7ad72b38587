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

    /**
     * @param mine only what the caller's roles can act on. Administrators see only what is outside any
     *             case (access grants awaiting a second administrator).
     */
    @GetMapping
    @PreAuthorize("hasAnyRole('ANALYST','APPROVER','LIAISON','CONSULAR','AUDITOR','ADMIN')")
    List<DueQueue.DueEntry> due(@RequestParam(defaultValue = "false") boolean mine) {
        return queue.now(mine);
    }
}
