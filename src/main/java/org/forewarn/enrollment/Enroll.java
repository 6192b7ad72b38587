package org.forewarn.enrollment;

import org.forewarn.shared.ChannelType;

import org.forewarn.shared.LanguageTag;

import java.util.List;

import org.forewarn.shared.Violations;

/**
 * A person who wants to be warned: the command behind {@code POST/PUT /api/v1/enrollments} and
 * behind every line of a CSV import, so the two cannot have different rules.
 *
 * @param externalId the registry's own reference (e.g. a STEP id), unique; used by CSV imports to update
 * @param language   RFC 5646 tag; alerts come in this language when a translation exists
 */
public record Enroll(String externalId, String name, String language, List<ContactChannel> channels,
                     List<EnrolledLocation> locations) {

    static final int MAX_EXTERNAL_ID = 200;
    static final int MAX_NAME = 300;
    /** RFC 5646 (section 4.4.1): 35 characters hold every tag in practical use. */
    static final int MAX_LANGUAGE = 35;
    static final int MAX_LOCATIONS = 50;

    public Enroll {
        channels = channels == null ? List.of() : List.copyOf(channels);
        locations = locations == null ? List.of() : List.copyOf(locations);
        language = language == null || language.isBlank() ? "en" : language.strip();
        externalId = externalId == null || externalId.isBlank() ? null : externalId.strip();
        name = name == null ? null : name.strip();
        Violations check = Violations.check()
                .maxLength(externalId, MAX_EXTERNAL_ID, "externalId")
                .notBlank(name, "name").maxLength(name, MAX_NAME, "name")
                .maxLength(language, MAX_LANGUAGE, "language")
                .require(language.length() > MAX_LANGUAGE || LanguageTag.isValid(language),
                        "language", "must be an RFC 5646 language tag such as en or ru")
                .notEmpty(channels, "channels")
                .require(channels.stream().map(ContactChannel::type).distinct().count() == channels.size(),
                        "channels", "must list each channel type (EMAIL, SMS, WEBHOOK) at most once")
                .notEmpty(locations, "locations");
        locationCount(check, locations.size()).orThrow();
    }

    /** The limit on locations per person; a CSV import checks a person spread over many lines with it too. */
    static Violations locationCount(Violations check, int count) {
        return check.require(count <= MAX_LOCATIONS, "locations", "must have at most " + MAX_LOCATIONS + " entries");
    }

    String address(ChannelType type) {
        return channels.stream().filter(c -> c.type() == type).map(ContactChannel::address).findFirst().orElse(null);
    }
}
