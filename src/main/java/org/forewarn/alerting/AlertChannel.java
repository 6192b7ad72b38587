package org.forewarn.alerting;

/** How an enrolled person is reached. */
public enum AlertChannel {
    EMAIL, SMS, WEBHOOK
}
