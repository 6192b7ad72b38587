package org.forewarn.assessment;

public enum DeterminationState {
    PROPOSED, APPROVED, REJECTED
}
