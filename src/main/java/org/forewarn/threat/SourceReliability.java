package org.forewarn.threat;

/** The Admiralty (NATO) code's grading of the source, A to F. */
public enum SourceReliability {
    A("Completely reliable"),
    B("Usually reliable"),
    C("Fairly reliable"),
    D("Not usually reliable"),
    E("Unreliable"),
    F("Reliability cannot be judged");

    private final String meaning;

    SourceReliability(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }
}
