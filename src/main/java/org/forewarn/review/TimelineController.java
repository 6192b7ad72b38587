package org.forewarn.review;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TimelineController {

    private final CaseReview review;

    TimelineController(CaseReview review) {
        this.review = review;
    }

    @GetMapping("/api/v1/threats/{threatId}/timeline")
    @PreAuthorize("hasAnyRole('ANALYST','APPROVER','LIAISON','CONSULAR','AUDITOR')")
    CaseTimeline timeline(@PathVariable UUID threatId) {
        return review.timeline(threatId);
    }
}
