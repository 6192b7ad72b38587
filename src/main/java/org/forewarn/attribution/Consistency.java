package org.forewarn.attribution;

/**
 * How consistent one piece of evidence is with one hypothesis, on the scale of Heuer's Analysis of
 * Competing Hypotheses and the PARC ACH tool: very consistent, consistent, neutral, inconsistent,
 * very inconsistent, not applicable.
 */
public enum Consistency {
    CC(0), C(0), N(0), I(1), II(2), NA(0);

    private final int inconsistency;

    Consistency(int inconsistency) {
        this.inconsistency = inconsistency;
    }

    /** Only inconsistency counts against a hypothesis: I = 1, II = 2, everything else 0. */
    public int inconsistency() {
        return inconsistency;
    }

    /** Whether the cell is rated at all: NA says the evidence does not bear on the hypothesis. */
    public boolean applies() {
        return this != NA;
    }
}
