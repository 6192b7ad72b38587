package org.forewarn.fanout;

/** Where one message of a fan-out stands. */
public enum AlertDeliveryStatus {
    /** Not sent yet, or waiting to be tried again. */
    QUEUED,
    /** A relay or gateway took it on (e-mail, SMS). */
    SENT,
    /** The person's endpoint confirmed it (webhook). */
    DELIVERED,
    /** Given up: refused, or out of attempts. */
    FAILED
}
