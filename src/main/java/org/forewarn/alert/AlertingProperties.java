package org.forewarn.alert;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Public alerts' settings ({@code forewarn.alerting.*}).
 *
 * @param defaultValidity how long an alert lasts when no expiry is given
 * @param capSender       the CAP {@code sender}: an address identifying this system, without spaces
 * @param publicUrl       the base URL the public reaches this server at, for links in CAP and Atom
 * @param feedTitle       the Atom feed's title
 */
@ConfigurationProperties("forewarn.alerting")
record AlertingProperties(@DefaultValue("48h") Duration defaultValidity,
                          @DefaultValue("forewarn@localhost") String capSender,
                          @DefaultValue("http://localhost:8080") String publicUrl,
                          @DefaultValue("Security alerts") String feedTitle) {

    AlertingProperties {
        publicUrl = publicUrl.replaceAll("/+$", "");
    }
}
