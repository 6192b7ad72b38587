package org.forewarn.review;

import java.time.Duration;

import org.forewarn.shared.SettingChecks;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the after-action report measures a case against, beyond the rules each module enforces.
 *
 * @param publicAlertWithin how soon after officials are warned the public should be told (No Double
 *                          Standard): a public alert later than this is an area for improvement
 */
@ConfigurationProperties("forewarn.review")
record ReviewProperties(@DefaultValue("24h") Duration publicAlertWithin) {

    ReviewProperties {
        SettingChecks.of("forewarn.review").positive(publicAlertWithin, "public-alert-within").orThrow();
    }
}
