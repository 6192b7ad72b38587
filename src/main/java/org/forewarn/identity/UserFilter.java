package org.forewarn.identity;

import org.forewarn.shared.Violations;

/**
 * What the account list is narrowed to; every part may be left out.
 *
 * @param text    any part of the username or display name, case-insensitive
 * @param role    accounts holding this (confirmed) role
 * @param enabled only enabled (true) or disabled (false) accounts
 */
public record UserFilter(String text, Role role, Boolean enabled) {

    public static final UserFilter NONE = new UserFilter(null, null, null);

    public UserFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        Violations.check().maxLength(text, 200, "q").orThrow();
    }
}
