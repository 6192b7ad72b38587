package org.forewarn.audit;

import java.time.Duration;

import org.forewarn.shared.SettingChecks;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often the whole audit chain is verified by itself (besides whenever an auditor asks).
 *
 * @param verifyEvery      time between the end of one verification and the start of the next
 * @param firstVerifyAfter the first verification after start: soon, so that a chain broken while
 *                         Forewarn was down is reported at once, yet not in the middle of the start
 */
@ConfigurationProperties("forewarn.audit")
record AuditProperties(@DefaultValue("1h") Duration verifyEvery, @DefaultValue("1m") Duration firstVerifyAfter) {

    AuditProperties {
        SettingChecks.of("forewarn.audit")
                .positive(verifyEvery, "verify-every")
                .notNegative(firstVerifyAfter, "first-verify-after")
                .orThrow();
    }
}
