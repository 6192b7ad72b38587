package org.forewarn.review;

/**
 * Where a corrective action changes things: HSEEP's capability elements (POETE), the first column
 * of an improvement plan.
 */
public enum CapabilityElement {
    PLANNING("Planning"),
    ORGANIZATION("Organization"),
    EQUIPMENT("Equipment"),
    TRAINING("Training"),
    EXERCISE("Exercise");

    private final String label;

    CapabilityElement(String label) {
        this.label = label;
    }

    /** What people call it, e.g. in the improvement-plan table. */
    public String label() {
        return label;
    }
}
