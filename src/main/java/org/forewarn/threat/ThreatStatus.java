package org.forewarn.threat;

public enum ThreatStatus {
    OPEN, CLOSED
}
