package org.forewarn.identity;

import java.time.Duration;
import java.util.List;

import org.forewarn.shared.SettingChecks;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param credentialCacheTtl how long verified HTTP Basic credentials are remembered ({@link VerifiedCredentials});
 *                           0: not at all
 * @param trustedProxies     reverse proxies (addresses or CIDR ranges) whose {@code X-Forwarded-For} is
 *                           believed; empty: the client address is the TCP peer, whatever a header says
 * @param loginThrottle      throttling of failed sign-ins
 */
@ConfigurationProperties("forewarn.security")
record AuthenticationProperties(@DefaultValue("5m") Duration credentialCacheTtl,
                                @DefaultValue List<String> trustedProxies,
                                @DefaultValue LoginThrottleProperties loginThrottle) {

    AuthenticationProperties {
        SettingChecks checks = SettingChecks.of("forewarn.security")
                .notNegative(credentialCacheTtl, "credential-cache-ttl");
        for (String proxy : trustedProxies) {
            String address = proxy.strip().replaceFirst("/\\d{1,3}$", "");
            checks.require(address.isEmpty() || ClientAddresses.isLiteral(address), "trusted-proxies",
                    "must hold IP addresses or CIDR ranges such as 10.0.0.0/8, not '" + proxy + "'");
        }
        checks.orThrow();
        trustedProxies = List.copyOf(trustedProxies);
    }
}
