package org.forewarn.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradedCredibilityTests {

    @ParameterizedTest(name = "{0} weighs {1}")
    @CsvSource({
            "A1, HIGH", "B2, HIGH", "A3, MEDIUM", "C2, MEDIUM", "C3, MEDIUM",
            // the weaker axis decides: a good source passing on doubtful information is doubtful
            "B4, LOW", "A5, LOW", "D1, LOW", "E2, LOW",
            // an axis that cannot be judged says nothing; the other decides
            "F1, HIGH", "F3, MEDIUM", "B6, HIGH", "C6, MEDIUM", "D6, LOW",
            // nothing judged weighs least
            "F6, LOW"})
    void eachGradeHasTheWeightOfItsWeakerJudgedAxis(String grade, Weight weight) {
        assertThat(GradedCredibility.of(grade)).isEqualTo(weight);
    }

    @Test
    void onlyALetterAToFAndADigitOneToSixIsAGrade() {
        assertThat(GradedCredibility.isGrade("B2")).isTrue();
        assertThat(GradedCredibility.isGrade("G2")).isFalse();
        assertThat(GradedCredibility.isGrade("B7")).isFalse();
        assertThat(GradedCredibility.isGrade("b2")).isFalse();
        assertThat(GradedCredibility.isGrade("B22")).isFalse();
        assertThatThrownBy(() -> GradedCredibility.of("Z9")).isInstanceOf(IllegalArgumentException.class);
    }
}
