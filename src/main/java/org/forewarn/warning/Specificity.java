package org.forewarn.warning;

import java.util.List;

/**
 * How specific a warning is, from the facets it shares: 0 (nothing a recipient can act on) to
 * 100 (who, what, where, when and how).
 */
public record Specificity(int score, Level level, List<String> shared, List<String> withheld, String explanation) {

    public enum Level {
        /** Risks being dismissed as "too general". */
        LOW,
        MEDIUM,
        HIGH
    }
}
