package org.forewarn.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.forewarn.warning.Leak;
import org.junit.jupiter.api.Test;

class LeakSegmentsTests {

    @Test
    void overlappingLeaksAreMarkedAsOnePieceNamingBoth() {
        String text = "From the Lefortovo KESTREL bakery today.";
        List<Leak> leaks = List.of(
                new Leak(Leak.Kind.SOURCE_DESCRIPTION, "lefortovo bakery", 9, 33, "Lefortovo KESTREL bakery"),
                new Leak(Leak.Kind.PROTECTED_TERM, "KESTREL", 19, 26, "KESTREL"));

        List<WarningPages.Segment> segments = WarningPages.segments(text, leaks);

        assertThat(segments).extracting(WarningPages.Segment::text)
                .containsExactly("From the ", "Lefortovo KESTREL bakery", " today.");
        assertThat(segments.get(1).leak()).isTrue();
        assertThat(segments.get(1).why()).isEqualTo("part of the source description; protected term KESTREL");
    }

    @Test
    void separateLeaksStaySeparate() {
        String text = "KESTREL and OX9";
        List<Leak> leaks = List.of(new Leak(Leak.Kind.PROTECTED_TERM, "KESTREL", 0, 7, "KESTREL"),
                new Leak(Leak.Kind.PROTECTED_TERM, "OX9", 12, 15, "OX9"));

        assertThat(WarningPages.segments(text, leaks)).extracting(WarningPages.Segment::text)
                .containsExactly("KESTREL", " and ", "OX9");
    }
}
