package org.forewarn.attribution;

/**
 * The likelihood scale of ICD 203 (Analytic Standards), in its words and with the range of
 * probability each stands for. A judgement uses exactly one of these terms.
 */
public enum Likelihood {
    ALMOST_NO_CHANCE("almost no chance", 1, 5),
    VERY_UNLIKELY("very unlikely", 5, 20),
    UNLIKELY("unlikely", 20, 45),
    ROUGHLY_EVEN_CHANCE("roughly even chance", 45, 55),
    LIKELY("likely", 55, 80),
    VERY_LIKELY("very likely", 80, 95),
    ALMOST_CERTAIN("almost certain", 95, 99);

    private final String words;
    private final int fromPercent;
    private final int toPercent;

    Likelihood(String words, int fromPercent, int toPercent) {
        this.words = words;
        this.fromPercent = fromPercent;
        this.toPercent = toPercent;
    }

    public String words() {
        return words;
    }

    /** e.g. {@code 55-80 %}, as ICD 203's table has it. */
    public String percentRange() {
        return String.format("%02d-%02d %%", fromPercent, toPercent);
    }
}
