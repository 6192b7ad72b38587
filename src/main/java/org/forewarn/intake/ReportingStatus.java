package org.forewarn.intake;

/** Where a piece of incoming reporting stands. */
public enum ReportingStatus {
    /** Waiting for an analyst. */
    NEW,
    /** Turned into a threat. */
    ACCEPTED,
    /** Dismissed, with a reason. */
    DISMISSED
}
