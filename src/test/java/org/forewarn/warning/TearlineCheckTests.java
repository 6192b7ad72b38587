package org.forewarn.warning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.forewarn.threat.ProtectedDetails;
import org.junit.jupiter.api.Test;

class TearlineCheckTests {

    private final ProtectedDetails details = new ProtectedDetails(
            "liaison-derived reporting on an ISIS-K cell (placeholder)",
            "placeholder method name that must never reach a tearline", List.of("NIGHTJAR", "CELL-7 intercept", "ARC"));

    @Test
    void cleanTextHasNoLeaks() {
        assertThat(TearlineCheck.leaks("Islamic State operatives plan an armed attack on Crocus City Hall.", details))
                .isEmpty();
    }

    @Test
    void protectedTermIsFoundWhateverItsSpelling() {
        for (String text : List.of("NIGHTJAR", "nightjar", "Night-Jar", "night jar", "N.I.G.H.T.J.A.R", "Ｎｉｇｈｔｊａｒ")) {
            assertThat(TearlineCheck.leaks("From " + text + " reporting.", details)).as(text).hasSize(1);
        }
    }

    @Test
    void leakIsLocatedInTheOriginalText() {
        String text = "Per the Cell 7-intercept, an attack is planned.";

        Leak leak = TearlineCheck.leaks(text, details).get(0);

        assertThat(leak.term()).isEqualTo("CELL-7 intercept");
        assertThat(text.substring(leak.start(), leak.end())).isEqualTo("Cell 7-intercept");
        assertThat(leak.found()).isEqualTo("Cell 7-intercept");
    }

    @Test
    void shortTermsMatchOnlyWholeWords() {
        assertThat(TearlineCheck.leaks("We searched the archive.", details)).isEmpty();
        assertThat(TearlineCheck.leaks("Operation ARC is under way.", details)).extracting(Leak::term)
                .containsExactly("ARC");
    }

    @Test
    void collectionMethodIsFound() {
        assertThat(TearlineCheck.leaks("via placeholder-method-name that must never reach a tearline", details))
                .extracting(Leak::kind).containsExactly(Leak.Kind.COLLECTION_METHOD);
    }

    @Test
    void distinctiveRunOfTheSourceDescriptionIsFoundButCommonWordsAreNot() {
        assertThat(TearlineCheck.leaks("Liaison derived reporting says so.", details)).extracting(Leak::kind)
                .containsExactly(Leak.Kind.SOURCE_DESCRIPTION);
        assertThat(TearlineCheck.leaks("Reporting on an attack suggests a cell is active.", details)).isEmpty();
    }

    @Test
    void fragmentsSkipRunsOfCommonWords() {
        assertThat(TearlineCheck.distinctiveFragments("reporting on an ISIS-K cell"))
                .containsExactly("isis k cell").doesNotContain("reporting on an", "on an isis");
    }

    @Test
    void everyLeakIsReportedInTextOrder() {
        List<Leak> leaks = TearlineCheck.leaks("CELL-7 intercept and NIGHTJAR", details);

        assertThat(leaks).extracting(Leak::term).containsExactly("CELL-7 intercept", "NIGHTJAR");
    }
}
