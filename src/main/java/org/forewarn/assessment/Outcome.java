package org.forewarn.assessment;

public enum Outcome {
    /** The criteria are met: warn the intended victims or those who protect them. */
    DUTY_TO_WARN,
    /** The criteria are not met; no warning is owed. */
    NO_DUTY,
    /** The criteria are met, but one of the enumerated justifications excuses the warning. */
    WAIVED
}
