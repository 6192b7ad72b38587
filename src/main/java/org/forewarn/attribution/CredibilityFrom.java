package org.forewarn.attribution;

/** Where an evidence row's credibility weight came from. */
public enum CredibilityFrom {
    /** The analyst stated it. */
    STATED,
    /** Read from the Admiralty grade given with the evidence. */
    GRADING,
    /** Read from the Admiralty grade of the claim the evidence is. */
    CLAIM
}
