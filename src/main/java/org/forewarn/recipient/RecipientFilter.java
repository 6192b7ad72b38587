package org.forewarn.recipient;

import org.forewarn.shared.Violations;

/**
 * What the recipient list is narrowed to; every part may be left out.
 *
 * @param text         any part of the name, case-insensitive
 * @param relationship ally ... adversary
 * @param kind         government service, venue, ...
 * @param country      ISO 3166-1 alpha-2 code, any case
 */
public record RecipientFilter(String text, Relationship relationship, RecipientKind kind, String country) {

    public static final RecipientFilter NONE = new RecipientFilter(null, null, null, null);

    public RecipientFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase();
        Violations.check().maxLength(text, 200, "q").maxLength(country, 2, "country").orThrow();
    }
}
