package org.forewarn.shared.web;

import org.forewarn.shared.SettingChecks;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxJsonBody the largest JSON request body accepted; a larger one gets 413 before it is parsed
 *                    (CSV imports and console uploads have their own limits)
 */
@ConfigurationProperties("forewarn.web")
public record WebProperties(@DefaultValue("2MB") DataSize maxJsonBody) {

    public WebProperties {
        SettingChecks.of("forewarn.web").require(maxJsonBody.toBytes() > 0, "max-json-body",
                "must be positive, not " + maxJsonBody).orThrow();
    }
}
