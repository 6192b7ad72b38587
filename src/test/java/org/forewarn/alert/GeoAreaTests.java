package org.forewarn.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.forewarn.shared.InvalidInput;
import org.junit.jupiter.api.Test;

class GeoAreaTests {

    private static final List<List<Double>> MOSCOW = List.of(List.of(55.49, 37.30), List.of(55.49, 37.95),
            List.of(55.96, 37.95), List.of(55.96, 37.30));

    @Test
    void polygonCoversInsideAndBoundaryButNotOutside() {
        GeoArea area = GeoArea.of(new AlertArea("Moscow", MOSCOW, null));

        assertThat(area.covers(55.8254, 37.3886)).as("Crocus City Hall").isTrue();
        assertThat(area.covers(55.49, 37.5)).as("on the edge").isTrue();
        assertThat(area.covers(59.93, 30.31)).as("St Petersburg").isFalse();
        assertThat(area.covers(55.70, 37.29)).as("just west").isFalse();
    }

    @Test
    void nonRectangularPolygonIsTestedExactlyNotByItsBoundingBox() {
        GeoArea triangle = GeoArea.of(new AlertArea("triangle", List.of(List.of(0.0, 0.0), List.of(0.0, 10.0),
                List.of(10.0, 0.0)), null));

        assertThat(triangle.covers(2, 2)).isTrue();
        assertThat(triangle.covers(8, 8)).as("inside the box, outside the triangle").isFalse();
        assertThat(triangle.maxLat()).isEqualTo(10.0);
    }

    @Test
    void circleCoversByGreatCircleDistance() {
        GeoArea area = GeoArea.of(new AlertArea("1 km", null, new Circle(55.8254, 37.3886, 1.0)));

        assertThat(area.covers(55.8254 + 0.0072, 37.3886)).as("~800 m north").isTrue();
        assertThat(area.covers(55.8254 + 0.0100, 37.3886)).as("~1.1 km north").isFalse();
        assertThat(area.covers(55.8254, 37.3886 + 0.0150)).as("~940 m east at this latitude").isTrue();
        assertThat(area.minLat()).isLessThan(55.8254 - 0.0089).isGreaterThan(55.8254 - 0.0091);
    }

    @Test
    void knownDistance() {
        assertThat(GeoArea.distanceKm(55.7558, 37.6173, 59.9343, 30.3351)).isBetween(630.0, 640.0);
    }

    @Test
    void selfCrossingRingIsRefusedWithWhereItCrosses() {
        assertThatThrownBy(() -> new AlertArea("bow tie", List.of(List.of(0.0, 0.0), List.of(1.0, 1.0),
                List.of(1.0, 0.0), List.of(0.0, 1.0)), null))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("self-intersection").hasMessageContaining("near [");
    }

    @Test
    void openRingIsClosed() {
        AlertArea area = new AlertArea("Moscow", MOSCOW, null);

        assertThat(area.polygon()).hasSize(5);
        assertThat(area.polygon().get(4)).isEqualTo(area.polygon().get(0));
    }
}
