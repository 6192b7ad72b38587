package org.forewarn.review;

/** What an after-action finding says about the case, in HSEEP's terms. */
public enum FindingKind {
    /** Something that went well and should be kept. */
    STRENGTH,
    /** Something that went wrong or could go better; it says why, and the improvement plan fixes it. */
    AREA_FOR_IMPROVEMENT
}
