package org.forewarn.alerting;

import java.util.List;

import org.forewarn.shared.Violations;

/**
 * A person who wants to be warned.
 *
 * @param externalId the registry's own reference (e.g. a STEP id), unique; used by CSV imports to update
 * @param language   RFC 5646 tag; alerts come in this language when a translation exists
 */
public record Enroll(String externalId, String name, String language, List<ContactChannel> channels,
                     List<EnrolledLocation> locations) {

    public Enroll {
        channels = channels == null ? List.of() : List.copyOf(channels);
        locations = locations == null ? List.of() : List.copyOf(locations);
        language = language == null || language.isBlank() ? "en" : language.strip();
        externalId = externalId == null || externalId.isBlank() ? null : externalId.strip();
        Violations.check()
                .maxLength(externalId, 200, "externalId")
                .notBlank(name, "name").maxLength(name, 300, "name")
                .require(Translation.LANGUAGE.matcher(language).matches(), "language",
                        "must be an RFC 5646 language tag such as en or ru")
                .notEmpty(channels, "channels")
                .require(channels.stream().map(ContactChannel::type).distinct().count() == channels.size(),
                        "channels", "must list each channel type (EMAIL, SMS, WEBHOOK) at most once")
                .notEmpty(locations, "locations")
                .require(locations.size() <= 50, "locations", "must have at most 50 entries")
                .orThrow();
    }

    String address(AlertChannel type) {
        return channels.stream().filter(c -> c.type() == type).map(ContactChannel::address).findFirst().orElse(null);
    }
}
