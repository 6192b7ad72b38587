package org.forewarn.threat;

import java.util.List;

import org.forewarn.shared.Violations;

/**
 * How the information was obtained. Never leaves the server for anyone not cleared for the
 * threat, and must never appear in a warning's releasable text.
 */
public record ProtectedDetails(String sourceDescription, String collectionMethod, List<String> protectedTerms) {

    public ProtectedDetails {
        protectedTerms = protectedTerms == null ? List.of()
                : protectedTerms.stream().filter(t -> t != null && !t.isBlank()).map(String::strip).toList();
        Violations.check()
                .maxLength(sourceDescription, 2000, "sourceDescription")
                .maxLength(collectionMethod, 2000, "collectionMethod")
                .require(protectedTerms.size() <= 200, "protectedTerms", "must have at most 200 terms")
                .orThrow();
    }

    static ProtectedDetails none() {
        return new ProtectedDetails(null, null, List.of());
    }

    @Override
    public String toString() {
        return "ProtectedDetails[redacted]";
    }
}
