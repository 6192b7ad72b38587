package org.forewarn.intake;

import java.util.UUID;

import org.forewarn.shared.EventType;

/** A partner's collection is polled from now on (never its password). */
@EventType("IntakeFeedAdded")
public record IntakeFeedAdded(UUID feedId, String name, String collectionUrl, String sourceReliability,
                              String addedBy) implements IntakeEvent {

    @Override
    public String subjectType() {
        return "IntakeFeed";
    }

    @Override
    public UUID subjectId() {
        return feedId;
    }

    @Override
    public UUID caseId() {
        return null;
    }
}
