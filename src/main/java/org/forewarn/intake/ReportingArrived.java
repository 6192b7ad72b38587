package org.forewarn.intake;

import java.util.UUID;

import org.forewarn.shared.EventType;

/**
 * A partner's STIX report arrived and waits for an analyst.
 *
 * @param feedId the feed it was read from; null when the partner posted it to Forewarn's TAXII server
 */
@EventType("ReportingArrived")
public record ReportingArrived(UUID reportingId, UUID feedId, String stixId, String stixVersion, String name)
        implements ReportingEvent {
}
