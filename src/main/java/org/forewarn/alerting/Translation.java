package org.forewarn.alerting;

import java.util.regex.Pattern;

import org.forewarn.shared.Violations;

/** The alert in another language: one more CAP info block. */
public record Translation(String language, String headline, String event, String description, String instruction) {

    static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    public Translation {
        Violations.check()
                .require(language != null && LANGUAGE.matcher(language).matches(), "language",
                        "must be an RFC 5646 language tag such as ru or ru-RU")
                .notBlank(headline, "headline").maxLength(headline, 300, "headline")
                .maxLength(event, 300, "event")
                .notBlank(description, "description").maxLength(description, 10_000, "description")
                .notBlank(instruction, "instruction").maxLength(instruction, 10_000, "instruction")
                .orThrow();
    }
}
