package org.forewarn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.util.unit.DataSize;

/**
 * Every setting of every {@code @ConfigurationProperties} record is in docs/operations.md with the
 * default the record really has, and nonsense values stop the start naming the property. The
 * records are bound as Spring binds them at start, from nothing but their own defaults.
 */
class ConfigurationDocsTests {

    private static final Pattern ROW = Pattern.compile("^\\| `([a-z][a-zA-Z0-9.-]*)` \\| ([^|]+) \\|", Pattern.MULTILINE);

    @Test
    void everySettingIsDocumentedWithItsRealDefault() throws IOException {
        Map<String, String> documented = documented();
        Map<String, Object> settings = new TreeMap<>();
        for (Class<?> type : propertiesRecords()) {
            String prefix = type.getAnnotation(ConfigurationProperties.class).value();
            Object defaults = new Binder(new MapConfigurationPropertySource()).bindOrCreate(prefix, Bindable.of(type));
            flatten(prefix, defaults, settings);
        }

        List<String> wrong = new ArrayList<>();
        settings.forEach((name, value) -> {
            String cell = documented.get(name);
            if (cell == null) {
                wrong.add(name + " (default " + value + ") is not in docs/operations.md");
            } else if (!same(value, cell)) {
                wrong.add(name + " is documented with default " + cell + " but is " + value);
            }
        });
        assertThat(settings).as("settings found in the records").hasSizeGreaterThan(40)
                .containsKeys("forewarn.data-dir", "forewarn.warning.sweep-interval",
                        "forewarn.security.login-throttle.lockout", "forewarn.database.pool-size");
        assertThat(wrong).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            forewarn.warning            | sweep-interval=-1s               | forewarn.warning.sweep-interval must be positive
            forewarn.warning            | tearline-checks-per-minute=0     | forewarn.warning.tearline-checks-per-minute must be at least 1
            forewarn.assessment         | warning-deadline=0s              | forewarn.assessment.warning-deadline must be positive
            forewarn.web                | max-json-body=0B                 | forewarn.web.max-json-body must be positive
            forewarn.database           | pool-size=0                      | forewarn.database.pool-size must be between 1 and 90
            forewarn.database           | port=70000                       | forewarn.database.port must be between 0 and 65535
            forewarn.console            | tile-url=tiles.example.org/{z}   | forewarn.console.tile-url must be an http(s) URL template
            forewarn.security           | trusted-proxies=proxy.example.org| forewarn.security.trusted-proxies must hold IP addresses or CIDR ranges
            forewarn.security           | credential-cache-ttl=-5m         | forewarn.security.credential-cache-ttl must not be negative
            forewarn.security           | login-throttle.lockout=-15m      | forewarn.security.login-throttle.lockout must be positive
            forewarn                    | organization=' '                 | forewarn.organization must not be blank
            forewarn.delivery           | pipeline-depth=0                 | forewarn.delivery.pipeline-depth must be between 1 and 256
            forewarn.delivery           | channels.webhook.max-in-flight=0 | forewarn.delivery.channels.webhook.max-in-flight must be at least 1
            forewarn.delivery           | pipelined-origins=ftp://x.example| forewarn.delivery.pipelined-origins: ftp://x.example is not an http(s)://host[:port] origin
            forewarn.alerting.fan-out   | workers=0                        | forewarn.alerting.fan-out.workers must be between 1 and 64
            forewarn.metrics            | password=guessable               | forewarn.metrics.password must be at least 12 characters long
            forewarn.metrics            | refresh=0s                       | forewarn.metrics.refresh must be positive
            forewarn.audit              | verify-every=0s                  | forewarn.audit.verify-every must be positive
            """)
    void nonsenseStopsTheStartNamingTheProperty(String prefix, String setting, String message) {
        Class<?> type = propertiesRecords().stream()
                .filter(t -> t.getAnnotation(ConfigurationProperties.class).value().equals(prefix)).findFirst()
                .orElseThrow();
        String[] pair = setting.split("=", 2);
        Binder binder = new Binder(new MapConfigurationPropertySource(Map.of(prefix + "." + pair[0],
                pair[1].replace("'", ""))));

        assertThatThrownBy(() -> binder.bindOrCreate(prefix, Bindable.of(type)))
                .hasMessageContaining("Failed to bind properties under '" + prefix)
                .rootCause().hasMessageContaining(message);
    }

    @Test
    void theTileServersOriginIsWhatTheBrowserMayLoadImagesFrom() {
        var console = new org.forewarn.shared.web.ConsoleProperties("https://{s}.tile.example.org:8443/{z}/{x}/{y}.png");

        assertThat(console.tileOrigin()).contains("https://*.tile.example.org:8443");
        assertThat(new org.forewarn.shared.web.ConsoleProperties("").tileOrigin()).isEmpty();
    }

    private static List<Class<?>> propertiesRecords() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        return scanner.findCandidateComponents("org.forewarn").stream()
                .<Class<?>>map(bean -> ClassUtils.resolveClassName(bean.getBeanClassName(), null)).toList();
    }

    /** Nested records and maps become one property per leaf, named as in configuration (kebab-case). */
    private static void flatten(String name, Object value, Map<String, Object> into) {
        if (value != null && value.getClass().isRecord() && value.getClass().getName().startsWith("org.forewarn")) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    Method accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    flatten(name + "." + kebab(component.getName()), accessor.invoke(value), into);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            map.forEach((key, entry) -> flatten(name + "." + key, entry, into));
        } else {
            into.put(name, value);
        }
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    /** The first two cells of every table row whose first cell is one property name in backticks. */
    private static Map<String, String> documented() throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        Matcher row = ROW.matcher(Files.readString(Path.of("docs", "operations.md")));
        while (row.find()) {
            rows.put(row.group(1), row.group(2).strip());
        }
        return rows;
    }

    private static boolean same(Object value, String cell) {
        String text = cell.replace("`", "").strip();
        try {
            if (value == null) {
                return text.equals("unset");
            }
            if (value instanceof String s && s.isEmpty() || value instanceof Collection<?> c && c.isEmpty()
                    || value instanceof java.util.Map<?, ?> m && m.isEmpty()) {
                return text.equals("empty");
            }
            if (value instanceof Duration duration) {
                return duration.equals(DurationStyle.detectAndParse(text));
            }
            if (value instanceof DataSize size) {
                return size.equals(DataSize.parse(text));
            }
            if (value instanceof Number number) {
                return number.longValue() == Long.parseLong(text);
            }
            if (value instanceof Collection<?> list) {
                return list.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse("")
                        .equals(text.replace(" ", ""));
            }
            if (value instanceof Path path) {
                return path.normalize().equals(Path.of(text).normalize());
            }
            return value.toString().equals(text);
        } catch (RuntimeException unparsable) {
            return false;
        }
    }
}
