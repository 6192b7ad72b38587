package org.forewarn.assessment;

/** The only reasons a duty to warn may be waived (after ICD 191). */
public enum WaiverJustification {
    VICTIM_ALREADY_AWARE("The intended victim already knows of the threat."),
    ARMED_CONFLICT_PARTICIPANT("The intended victim is at risk only as a participant in armed conflict."),
    VICTIM_IS_VIOLENT_ACTOR("The intended victim is a terrorist, a violent criminal or similar."),
    ENDANGERS_SOURCES_OR_OPERATIONS("Warning would unduly endanger sources, methods, personnel or operations."),
    LIAISON_WILL_WARN("The information came from a liaison service that has agreed to warn."),
    NO_REASONABLE_MEANS("There is no reasonable way to warn the intended victim.");

    private final String meaning;

    WaiverJustification(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }
}
