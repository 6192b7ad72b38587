package org.forewarn.attribution;

import java.util.OptionalInt;

import org.forewarn.shared.Stix;

/**
 * How Forewarn's gradings become STIX 2.1 {@code confidence} (0-100) and opinions, on the scales of
 * STIX 2.1 Appendix A:
 * <ul>
 * <li>a claim's information credibility on the Admiralty Credibility scale: 1 confirmed 90, 2 probably
 * true 70, 3 possibly true 50, 4 doubtful 30, 5 improbable 10; 6 (cannot be judged) gives none;</li>
 * <li>a judgement's likelihood on the DNI scale, ICD 203's words: almost no chance 5, very unlikely 15,
 * unlikely 30, roughly even chance 50, likely 70, very likely 85, almost certain 95.</li>
 * </ul>
 */
final class StixConfidence {

    private StixConfidence() {
    }

    static OptionalInt ofInformationCredibility(int credibility) {
        return Stix.confidenceOfInformationCredibility(credibility);
    }

    static int ofLikelihood(Likelihood likelihood) {
        return switch (likelihood) {
            case ALMOST_NO_CHANCE -> 5;
            case VERY_UNLIKELY -> 15;
            case UNLIKELY -> 30;
            case ROUGHLY_EVEN_CHANCE -> 50;
            case LIKELY -> 70;
            case VERY_LIKELY -> 85;
            case ALMOST_CERTAIN -> 95;
        };
    }

    /** The STIX opinion (opinion-enum) a judgement of this likelihood takes of an attribution to its subject. */
    static String opinionOf(Likelihood likelihood) {
        return switch (likelihood) {
            case ALMOST_CERTAIN, VERY_LIKELY -> "strongly-agree";
            case LIKELY -> "agree";
            case ROUGHLY_EVEN_CHANCE -> "neutral";
            case UNLIKELY -> "disagree";
            case VERY_UNLIKELY, ALMOST_NO_CHANCE -> "strongly-disagree";
        };
    }
}
