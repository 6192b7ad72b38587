package org.forewarn.recipient;

public enum Relationship {
    ALLY, PARTNER, NEUTRAL, ADVERSARY;

    /** Warnings to neutral or adversary recipients need an approver's sign-off before they go. */
    public boolean needsApprovalToWarn() {
        return this == NEUTRAL || this == ADVERSARY;
    }
}
