package org.forewarn.threat;

public enum TargetKind {
    VENUE, PERSON, GROUP, EVENT, OTHER
}
