package org.forewarn.threat;

/**
 * A source's reliability (A-F) and the information's credibility (1-6), with what each means, e.g.
 * B2: "Usually reliable" source, information "Probably true".
 */
public record AdmiraltyGrading(String code, String sourceReliability, String informationCredibility) {

    private static final String[] CREDIBILITY = {
            "Confirmed by other sources", "Probably true", "Possibly true", "Doubtful", "Improbable",
            "Truth cannot be judged"};

    public static AdmiraltyGrading of(SourceReliability reliability, int credibility) {
        return new AdmiraltyGrading(reliability.name() + credibility, reliability.meaning(),
                CREDIBILITY[credibility - 1]);
    }
}
