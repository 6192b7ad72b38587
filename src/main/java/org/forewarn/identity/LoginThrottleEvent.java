package org.forewarn.identity;

import java.util.UUID;

import org.forewarn.shared.DomainEvent;

/** Something that happened to the failed sign-ins counted against an account or an address; outside any case. */
public interface LoginThrottleEvent extends DomainEvent {

    UUID throttleId();

    @Override
    default String subjectType() {
        return "LoginThrottle";
    }

    @Override
    default UUID subjectId() {
        return throttleId();
    }

    @Override
    default UUID caseId() {
        return null;
    }
}
