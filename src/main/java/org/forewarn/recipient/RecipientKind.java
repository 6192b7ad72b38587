package org.forewarn.recipient;

public enum RecipientKind {
    GOVERNMENT_SERVICE, PROTECTIVE_AUTHORITY, VENUE, PERSON, ORGANIZATION
}
