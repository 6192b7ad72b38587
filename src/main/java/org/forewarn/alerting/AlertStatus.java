package org.forewarn.alerting;

/** Where one CAP message stands. */
public enum AlertStatus {
    /** Being written; not public. */
    DRAFT,
    /** Public, and the latest word of its series (or a published Cancel message). */
    PUBLISHED,
    /** Replaced by a newer Update. */
    SUPERSEDED,
    /** Withdrawn by a Cancel message. */
    CANCELLED
}
