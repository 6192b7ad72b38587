package org.forewarn.assessment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param warningDeadline how long after a duty to warn is approved the warning must have gone out
 * @param deadlineNear    a deadline closer than this shows as "near" in the due queue
 */
@ConfigurationProperties("forewarn.assessment")
record AssessmentProperties(Duration warningDeadline, Duration deadlineNear) {

    AssessmentProperties {
        warningDeadline = warningDeadline != null ? warningDeadline : Duration.ofHours(24);
        deadlineNear = deadlineNear != null ? deadlineNear : Duration.ofHours(6);
    }
}
