package org.forewarn.nds;

public enum NdsStatus {
    /** Officials were warned of a threat to the public, and the public has not been. */
    OPEN,
    /** A public alert linked to the threat was published. */
    SATISFIED_BY_ALERT,
    /** An approver decided, in writing, that no public alert will be issued. */
    EXCEPTION_GRANTED
}
