package org.forewarn.intake;

import java.time.Instant;
import java.util.UUID;

import org.forewarn.threat.SourceReliability;

/**
 * A feed as people see it: never its password.
 *
 * @param signsIn     whether Forewarn signs in to the partner's server (a username and password are stored)
 * @param addedAfter  where the next poll reads on from
 * @param lastError   why the last poll failed, if it did
 */
public record FeedView(UUID id, String name, String collectionUrl, String username, boolean signsIn,
                       SourceReliability sourceReliability, UUID recipientId, Instant addedAfter,
                       Instant lastPolledAt, String lastError, String addedBy, Instant addedAt) {
}
