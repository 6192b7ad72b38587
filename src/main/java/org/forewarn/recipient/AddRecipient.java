package org.forewarn.recipient;

import java.util.List;
import java.util.regex.Pattern;

import org.forewarn.shared.Violations;

/** @param country ISO 3166-1 alpha-2 code, e.g. RU */
public record AddRecipient(String name, RecipientKind kind, String country, Relationship relationship,
                           List<Channel> channels, String notes) {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    public AddRecipient {
        channels = channels == null ? List.of() : List.copyOf(channels);
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase();
        Violations.check()
                .notBlank(name, "name")
                .maxLength(name, 300, "name")
                .notNull(kind, "kind")
                .require(country == null || COUNTRY.matcher(country).matches(), "country",
                        "must be an ISO 3166-1 alpha-2 code such as RU")
                .notNull(relationship, "relationship")
                .notEmpty(channels, "channels")
                .require(channels.stream().map(Channel::type).distinct().count() == channels.size(), "channels",
                        "must list each channel type at most once")
                .maxLength(notes, 5000, "notes")
                .orThrow();
    }
}
