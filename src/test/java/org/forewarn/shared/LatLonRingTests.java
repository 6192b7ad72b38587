package org.forewarn.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LatLonRingTests {

    private static List<List<Double>> ring(int points) {
        List<List<Double>> ring = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            double angle = 2 * Math.PI * i / points;
            ring.add(List.of(55.75 + 0.2 * Math.sin(angle), 37.62 + 0.3 * Math.cos(angle)));
        }
        return ring;
    }

    @Test
    void moreThanAThousandPointsAreRefusedNamingThePolygon() {
        assertThatThrownBy(() -> LatLonRing.closed(ring(1001), Violations.check()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.problems()).extracting(InvalidInput.FieldProblem::field).containsExactly("polygon");
                    assertThat(e.getMessage()).contains("1001 points", "at most 1000");
                });
        assertThatThrownBy(() -> LatLonRing.closed(ring(200_000), Violations.check())).isInstanceOf(InvalidInput.class);
    }

    @Test
    void aThousandPointsAreAcceptedAndTheClosedRingIsAcceptedAgainWhenReadBack() {
        List<List<Double>> closed = LatLonRing.closed(ring(1000), Violations.check());

        assertThat(closed).hasSize(1001);
        assertThat(LatLonRing.closed(closed, Violations.check())).isEqualTo(closed);
    }
}
