package org.forewarn.identity;

import java.util.Set;
import java.util.UUID;

import org.forewarn.shared.EventType;

/**
 * Someone signed in through the identity provider: at the console, or with a bearer token's first
 * use on the API. The access is what the provider's claims gave for this sign-in.
 *
 * @param issuer  the provider
 * @param subject the person's id at the provider: with the issuer, who this is
 * @param method  {@code console} or {@code bearer-token}
 */
@EventType("SignedIn")
public record SignedIn(UUID userId, String username, String issuer, String subject, String method, Set<Role> roles,
                       Clearance clearance, Set<String> compartments) implements UserEvent {
}
