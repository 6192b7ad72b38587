package org.forewarn.alerting;

/** How an enrolled person is reached. */
public enum Channel {
    EMAIL, SMS, WEBHOOK
}
