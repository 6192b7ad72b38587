package org.forewarn.fanout;

public enum FanOutStatus {
    /** Finding the people in the area. */
    MATCHING,
    /** Messages are going out. */
    SENDING,
    /** Every message is sent, delivered or failed. */
    COMPLETED
}
