package org.forewarn.shared;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a settings record as it is bound at start, and stops the start with one message naming
 * every property that makes no sense ({@code forewarn.warning.sweep-interval must be positive, not -1s}),
 * instead of letting a nonsense value surface later as odd behaviour.
 */
public final class SettingChecks {

    private final String prefix;
    private final List<String> problems = new ArrayList<>();

    private SettingChecks(String prefix) {
        this.prefix = prefix;
    }

    /** @param prefix the record's {@code @ConfigurationProperties} prefix, e.g. {@code forewarn.warning} */
    public static SettingChecks of(String prefix) {
        return new SettingChecks(prefix);
    }

    /** @param property the property's name under the prefix, as it is written in configuration */
    public SettingChecks require(boolean condition, String property, String problem) {
        if (!condition) {
            problems.add(prefix + "." + property + " " + problem);
        }
        return this;
    }

    public SettingChecks positive(Duration value, String property) {
        return require(!value.isNegative() && !value.isZero(), property, "must be positive, not " + value);
    }

    public SettingChecks notNegative(Duration value, String property) {
        return require(!value.isNegative(), property, "must not be negative, not " + value);
    }

    public SettingChecks atLeast(long value, long minimum, String property) {
        return require(value >= minimum, property, "must be at least " + minimum + ", not " + value);
    }

    public SettingChecks between(long value, long minimum, long maximum, String property) {
        return require(value >= minimum && value <= maximum, property,
                "must be between " + minimum + " and " + maximum + ", not " + value);
    }

    public SettingChecks notBlank(String value, String property) {
        return require(!value.isBlank(), property, "must not be blank");
    }

    /** Throws if anything was wrong; Spring reports the message as the reason the start failed. */
    public void orThrow() {
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }
}
