package org.forewarn.attribution;

import java.util.regex.Pattern;

import org.forewarn.threat.SourceReliability;

/**
 * The credibility weight an Admiralty grade gives a piece of evidence. Each axis is read on its own:
 * the source (A, B: HIGH; C: MEDIUM; D, E: LOW) and the information (1, 2: HIGH; 3: MEDIUM; 4, 5: LOW).
 * Evidence is no more credible than its weaker axis, so B4 (a usually reliable source passing on
 * doubtful information) weighs LOW. An axis that "cannot be judged" (F, 6) says nothing and the other
 * decides; when neither can be judged (F6) the evidence weighs LOW, below anything assessed.
 */
public final class GradedCredibility {

    private static final Pattern GRADE = Pattern.compile("[A-F][1-6]");

    private GradedCredibility() {
    }

    static boolean isGrade(String grade) {
        return grade != null && GRADE.matcher(grade).matches();
    }

    /** @param grade an Admiralty grade such as {@code B2} */
    public static Weight of(String grade) {
        if (!isGrade(grade)) {
            throw new IllegalArgumentException("not an Admiralty grade: " + grade);
        }
        return of(SourceReliability.valueOf(grade.substring(0, 1)), grade.charAt(1) - '0');
    }

    public static Weight of(SourceReliability reliability, int informationCredibility) {
        Weight source = switch (reliability) {
            case A, B -> Weight.HIGH;
            case C -> Weight.MEDIUM;
            case D, E -> Weight.LOW;
            case F -> null;
        };
        Weight information = switch (informationCredibility) {
            case 1, 2 -> Weight.HIGH;
            case 3 -> Weight.MEDIUM;
            case 4, 5 -> Weight.LOW;
            case 6 -> null;
            default -> throw new IllegalArgumentException("information credibility is 1 to 6, not "
                    + informationCredibility);
        };
        if (source == null && information == null) {
            return Weight.LOW;
        }
        if (source == null || information == null) {
            return source == null ? information : source;
        }
        return source.compareTo(information) <= 0 ? source : information;
    }
}
