package org.forewarn.identity;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param credentialCacheTtl how long verified HTTP Basic credentials are remembered ({@link VerifiedCredentials})
 * @param trustedProxies     reverse proxies (addresses or CIDR ranges) whose {@code X-Forwarded-For} is
 *                           believed; empty: the client address is the TCP peer, whatever a header says
 * @param loginThrottle      throttling of failed sign-ins
 */
@ConfigurationProperties("forewarn.security")
record AuthenticationProperties(@DefaultValue("5m") Duration credentialCacheTtl,
                                @DefaultValue List<String> trustedProxies,
                                @DefaultValue LoginThrottleProperties loginThrottle) {

    AuthenticationProperties {
        trustedProxies = List.copyOf(trustedProxies);
    }
}
