package org.forewarn.warning;

/** What came back from a recipient. */
public enum ResponseKind {
    /** Receipt confirmed. */
    ACKNOWLEDGMENT,
    /** They report acting on it (e.g. an arrest, extra protection). */
    ACTION_TAKEN,
    /** They dispute it, e.g. "too general". */
    DISPUTE,
    /** They ask for more. */
    REQUEST_FOR_INFORMATION,
    OTHER
}
