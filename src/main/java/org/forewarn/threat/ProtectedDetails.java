package org.forewarn.threat;

import java.util.List;

import org.forewarn.shared.Violations;

/**
 * How the information was obtained. Never leaves the server for anyone not cleared for the
 * threat, and must never appear in a warning's releasable text.
 */
public record ProtectedDetails(String sourceDescription, String collectionMethod, List<String> protectedTerms) {

    static final int MAX_TERMS = 200;
    /** A code word, a name or a short phrase; longer descriptions belong in the source or method fields. */
    static final int MAX_TERM_LENGTH = 100;

    public ProtectedDetails {
        protectedTerms = protectedTerms == null ? List.of()
                : protectedTerms.stream().filter(t -> t != null && !t.isBlank()).map(String::strip).toList();
        Violations v = Violations.check()
                .maxLength(sourceDescription, 2000, "sourceDescription")
                .maxLength(collectionMethod, 2000, "collectionMethod")
                .require(protectedTerms.size() <= MAX_TERMS, "protectedTerms", "must have at most " + MAX_TERMS
                        + " terms");
        for (int i = 0; i < protectedTerms.size(); i++) {
            v.maxLength(protectedTerms.get(i), MAX_TERM_LENGTH, "protectedTerms[" + i + "]");
        }
        v.orThrow();
    }

    static ProtectedDetails none() {
        return new ProtectedDetails(null, null, List.of());
    }

    @Override
    public String toString() {
        return "ProtectedDetails[redacted]";
    }
}
