package org.forewarn.attribution;

import java.math.BigDecimal;

/**
 * Credibility or relevance of a piece of evidence, and the factor it weighs a rating by (PARC ACH:
 * LOW 0.707, MEDIUM 1, HIGH 1.414, i.e. about 1/√2, 1, √2). Kept decimal so that equal scores are
 * exactly equal and ties are ties.
 */
public enum Weight {
    LOW("0.707"), MEDIUM("1"), HIGH("1.414");

    private final BigDecimal factor;

    Weight(String factor) {
        this.factor = new BigDecimal(factor);
    }

    public BigDecimal factor() {
        return factor;
    }
}
