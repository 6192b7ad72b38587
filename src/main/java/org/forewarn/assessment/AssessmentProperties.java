package org.forewarn.assessment;

import java.time.Duration;

import org.forewarn.shared.SettingChecks;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param warningDeadline how long after a duty to warn is approved the warning must have gone out
 * @param deadlineNear    a deadline closer than this shows as "near" in the due queue
 */
@ConfigurationProperties("forewarn.assessment")
record AssessmentProperties(@DefaultValue("24h") Duration warningDeadline, @DefaultValue("6h") Duration deadlineNear) {

    AssessmentProperties {
        SettingChecks.of("forewarn.assessment").positive(warningDeadline, "warning-deadline")
                .notNegative(deadlineNear, "deadline-near").orThrow();
    }
}
