package org.forewarn.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The demo flag, read in one place, as a start with {@code java -jar forewarn.jar ...} would set it. */
class DemoModeTests {

    private static DemoMode started(Map<String, Object> properties, String... args) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("settings", properties));
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        return DemoMode.of(environment);
    }

    @Test
    void aPlainStartIsNoDemo() {
        assertThat(started(Map.of())).isEqualTo(DemoMode.OFF);
    }

    @Test
    void theDemoOptionOrTheSettingTurnsItOn() {
        assertThat(started(Map.of(), "--demo").on()).isTrue();
        assertThat(started(Map.of(), "--demo=true").on()).isTrue();
        assertThat(started(Map.of("forewarn.demo", "true")).on()).isTrue();
        assertThat(started(Map.of("forewarn.demo", "true"), "--server.port=9000").on()).isTrue();
    }

    @Test
    void falseMeansNoDemoWhereverItIsSaid() {
        assertThat(started(Map.of(), "--demo=false").on()).isFalse();
        assertThat(started(Map.of("forewarn.demo", "false")).on()).isFalse();
    }

    @Test
    void onlyTheCommandLineOptionCountsNotAnySettingCalledDemo() {
        // e.g. an environment variable DEMO=1 left over in a shell
        assertThat(started(Map.of("demo", "1")).on()).isFalse();
    }

    @Test
    void theInboxOfTheDemoPopulationCanBeSetElsewhere() {
        assertThat(started(Map.of("forewarn.demo.inbox-url", "http://127.0.0.1:9999"), "--demo").inboxUrl())
                .isEqualTo("http://127.0.0.1:9999");
        assertThat(started(Map.of(), "--demo").inboxUrl()).isNull();
    }

    @Test
    void theScaleOptionOrTheSettingAsksForSyntheticCases() {
        assertThat(started(Map.of(), "--demo").scale()).isZero();
        assertThat(started(Map.of(), "--demo", "--demo-scale=100000").scale()).isEqualTo(100_000);
        assertThat(started(Map.of(), "--demo", "--demo-scale=100_000").scale()).isEqualTo(100_000);
        assertThat(started(Map.of("forewarn.demo.scale", "300"), "--demo").scale()).isEqualTo(300);
        // The command line wins over a setting, as with any other option.
        assertThat(started(Map.of("forewarn.demo.scale", "300"), "--demo", "--demo-scale=5").scale()).isEqualTo(5);
    }

    @Test
    void aScaleThatIsNoNumberStopsTheStartNamingTheOption() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> started(Map.of(), "--demo", "--demo-scale=lots"))
                .hasMessageContaining("--demo-scale").hasMessageContaining("lots");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> started(Map.of(), "--demo", "--demo-scale=-1"))
                .hasMessageContaining("--demo-scale");
    }
}
