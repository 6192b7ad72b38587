package org.forewarn.attribution;

/** Whether a claim's statement is the party's own words or our summary of them. */
public enum Wording {
    QUOTED, PARAPHRASED
}
