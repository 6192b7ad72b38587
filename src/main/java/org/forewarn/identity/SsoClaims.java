package org.forewarn.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads from a token's claims who a person is and what they may do here: the provider is the
 * authority, and what it says applies from the sign-in on. A role Forewarn does not know, or one
 * single sign-on cannot give, is ignored and logged once (so a typo in the provider's mapper is
 * found, without a log line per request); a missing or unknown clearance is UNCLASSIFIED, the
 * least. Nothing here is a secret: role names and clearances are logged, never the token.
 */
final class SsoClaims {

    private static final Logger log = LoggerFactory.getLogger(SsoClaims.class);
    private static final Pattern COMPARTMENT = Pattern.compile("\\S{1,64}");

    private final SsoProperties.Claims names;
    private final Set<String> alreadyLogged = ConcurrentHashMap.newKeySet();

    SsoClaims(SsoProperties.Claims names) {
        this.names = names;
    }

    /** The provider's name for the person, as they would recognise it; falls back to the subject. */
    String username(Map<String, Object> claims, String subject) {
        Object value = at(claims, names.username());
        return value instanceof String name && !name.isBlank() ? name.strip() : subject;
    }

    String displayName(Map<String, Object> claims, String fallback) {
        Object value = at(claims, names.displayName());
        return value instanceof String name && !name.isBlank() ? name.strip() : fallback;
    }

    Access access(Map<String, Object> claims) {
        return new Access(roles(claims), clearance(claims), compartments(claims));
    }

    private Set<Role> roles(Map<String, Object> claims) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : strings(at(claims, names.roles()))) {
            String name = value;
            String prefix = names.rolePrefix();
            if (!prefix.isEmpty()) {
                if (!name.regionMatches(true, 0, prefix, 0, prefix.length())) {
                    continue; // another application's role at the same provider: not ours to judge
                }
                name = name.substring(prefix.length());
            }
            Role role = role(name);
            if (role == null) {
                once("role:" + value, "Ignoring the role '{}' in claim '{}': Forewarn has no such role", value,
                        names.roles());
            } else if (role == Role.PARTNER) {
                once("role:" + value, "Ignoring the role '{}' in claim '{}': a partner service's account is made by "
                        + "administrators for one recipient, never through single sign-on", value, names.roles());
            } else {
                roles.add(role);
            }
        }
        return roles;
    }

    private Clearance clearance(Map<String, Object> claims) {
        Object value = at(claims, names.clearance());
        if (!(value instanceof String text) || text.isBlank()) {
            return Clearance.UNCLASSIFIED;
        }
        String normalised = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (Clearance clearance : Clearance.values()) {
            if (clearance.name().equals(normalised)) {
                return clearance;
            }
        }
        once("clearance:" + text, "Unknown clearance '{}' in claim '{}': treating it as UNCLASSIFIED", text,
                names.clearance());
        return Clearance.UNCLASSIFIED;
    }

    private Set<String> compartments(Map<String, Object> claims) {
        Set<String> compartments = new LinkedHashSet<>();
        for (String value : strings(at(claims, names.compartments()))) {
            if (COMPARTMENT.matcher(value).matches()) {
                compartments.add(value);
            } else {
                once("compartment:" + value, "Ignoring the compartment '{}' in claim '{}': a compartment is 1-64 "
                        + "characters without spaces", value, names.compartments());
            }
        }
        return compartments;
    }

    private static Role role(String name) {
        for (Role role : Role.values()) {
            if (role.name().equalsIgnoreCase(name.strip())) {
                return role;
            }
        }
        return null;
    }

    /** The value at a dotted path ({@code realm_access.roles}); a claim whose own name has a dot is found too. */
    static Object at(Map<String, Object> claims, String path) {
        if (path == null || path.isBlank()) {
            return null;
        }
        if (claims.containsKey(path)) {
            return claims.get(path);
        }
        Object current = claims;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    /** A list of strings, a single string, or a space- or comma-separated string. */
    private static Collection<String> strings(Object value) {
        Set<String> result = new LinkedHashSet<>();
        if (value instanceof Collection<?> values) {
            values.stream().filter(String.class::isInstance).map(String.class::cast).map(String::strip)
                    .filter(s -> !s.isEmpty()).forEach(result::add);
        } else if (value instanceof String text) {
            for (String part : text.split("[,\\s]+")) {
                if (!part.isEmpty()) {
                    result.add(part);
                }
            }
        }
        return result;
    }

    private void once(String key, String message, Object... arguments) {
        if (alreadyLogged.size() < 1000 && alreadyLogged.add(key)) {
            log.warn(message, arguments);
        }
    }
}
