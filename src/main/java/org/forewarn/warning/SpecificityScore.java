package org.forewarn.warning;

import java.util.List;

/**
 * Scores a warning's specificity from its facets. A warning without the target or the place gives
 * its recipient little to protect, which is what "too general" means in practice; the explanation
 * says what is missing.
 */
final class SpecificityScore {

    static final int HIGH = 80;
    static final int MEDIUM = 50;

    private SpecificityScore() {
    }

    static Specificity of(Facets facets) {
        int score = facets.shared().stream().mapToInt(Facet::weight).sum();
        Specificity.Level level = score >= HIGH ? Specificity.Level.HIGH
                : score >= MEDIUM ? Specificity.Level.MEDIUM : Specificity.Level.LOW;
        List<String> shared = facets.shared().stream().map(Facet::field).toList();
        List<String> withheld = facets.withheld().stream().map(Facet::field).toList();
        String explanation;
        if (withheld.isEmpty()) {
            explanation = "Shares who, what, where, when and how.";
        } else {
            String missing = String.join(", ", facets.withheld().stream().map(Facet::meaning).toList());
            explanation = switch (level) {
                case HIGH -> "Specific enough to act on; withholds " + missing + ".";
                case MEDIUM -> "Partly specific; withholds " + missing + ". The recipient may struggle to act.";
                case LOW -> "Likely to be called too general: withholds " + missing + ".";
            };
        }
        return new Specificity(score, level, shared, withheld, explanation);
    }
}
