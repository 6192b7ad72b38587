package org.forewarn.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An entry's payload as readers see it. Entries written before reasons for withholding facets were
 * kept off the chain still hold them; those reasons describe what is protected, and auditors need
 * not be cleared for the case, so they are left out of every view (the stored entry, and so the
 * chain's verification, is untouched).
 */
final class AuditPayloads {

    /** Members never shown from a payload, at any depth. */
    private static final List<String> INTERNAL = List.of("withheldReasons");

    private AuditPayloads() {
    }

    record Shown(Object payload, boolean redacted) {
    }

    static Shown forReaders(String storedPayload) {
        Object parsed = CanonicalJson.parse(storedPayload);
        boolean[] redacted = {false};
        Object shown = strip(parsed, redacted);
        return new Shown(shown, redacted[0]);
    }

    private static Object strip(Object node, boolean[] redacted) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, value) -> {
                if (INTERNAL.contains(String.valueOf(key))) {
                    redacted[0] |= !(value instanceof Map<?, ?> m && m.isEmpty());
                } else {
                    copy.put(String.valueOf(key), strip(value, redacted));
                }
            });
            return copy;
        }
        if (node instanceof List<?> list) {
            return list.stream().map(item -> strip(item, redacted)).toList();
        }
        return node;
    }
}
