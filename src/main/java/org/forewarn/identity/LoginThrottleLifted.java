package org.forewarn.identity;

import java.util.UUID;

import org.forewarn.shared.DomainEvent;

/** An administrator cleared the failed sign-ins of an account or an address before they expired. */
public record LoginThrottleLifted(UUID throttleId, ThrottleKind kind, String subject, int failures, String liftedBy)
        implements DomainEvent {

    @Override
    public String subjectType() {
        return "LoginThrottle";
    }

    @Override
    public UUID subjectId() {
        return throttleId;
    }

    @Override
    public UUID caseId() {
        return null;
    }
}
