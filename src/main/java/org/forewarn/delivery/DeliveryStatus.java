package org.forewarn.delivery;

public enum DeliveryStatus {
    /** Waiting for its next attempt. */
    PENDING,
    /** A worker holds it until its lease runs out; after a crash, another picks it up. */
    IN_FLIGHT,
    /** Published where the recipient reads it (its TAXII collection): delivered when it first does. */
    AWAITING_PICKUP,
    DELIVERED,
    /** Gave up: permanent refusal or attempts exhausted. It can be re-armed by sending again. */
    FAILED
}
