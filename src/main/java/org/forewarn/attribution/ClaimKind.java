package org.forewarn.attribution;

/** What a claim does. */
public enum ClaimKind {
    CLAIM_OF_RESPONSIBILITY("Claim of responsibility", true),
    ATTRIBUTION("Attribution", true),
    DENIAL("Denial", false),
    REBUTTAL("Rebuttal", false),
    CHARACTERIZATION_OF_WARNING("Characterization of the warning", false),
    STATEMENT_ABOUT_WARNING("Statement about the warning", false),
    OTHER("Statement", false);

    private final String words;
    private final boolean namesResponsible;

    ClaimKind(String words, boolean namesResponsible) {
        this.words = words;
        this.namesResponsible = namesResponsible;
    }

    /** The kind in words, e.g. "Claim of responsibility". */
    public String words() {
        return words;
    }

    /** Whether the claim must say who is held responsible (its subject). */
    public boolean namesResponsible() {
        return namesResponsible;
    }
}
