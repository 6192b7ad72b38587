package org.forewarn.threat;

/** The harm a threat aims at. Only the first three give rise to a duty to warn. */
public enum HarmType {
    INTENTIONAL_KILLING, SERIOUS_BODILY_INJURY, KIDNAPPING, OTHER;

    public boolean qualifiesForDutyToWarn() {
        return this != OTHER;
    }
}
