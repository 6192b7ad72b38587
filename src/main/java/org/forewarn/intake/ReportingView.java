package org.forewarn.intake;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * A STIX report a partner sent, as it waits or was decided.
 *
 * @param report  the STIX report object as received
 * @param related the objects of the same page it refers to
 * @param prefill the threat it would become, as far as the report says; the analyst completes it
 */
public record ReportingView(UUID id, UUID feedId, String feedName, String stixId, String stixVersion, String name,
                            JsonNode report, JsonNode related, Instant receivedAt, ReportingStatus status,
                            UUID threatId, String decidedBy, Instant decidedAt, String dismissalReason,
                            ThreatPrefill prefill) {
}
