package org.forewarn.review;

import java.time.LocalDate;
import java.util.UUID;

import org.forewarn.shared.EventType;

@EventType("CorrectiveActionPlanned")
public record CorrectiveActionPlanned(UUID actionId, UUID findingId, UUID threatId, String description,
                                      CapabilityElement capabilityElement, String responsibleOrganization,
                                      String pointOfContact, LocalDate startDate, LocalDate completionDate,
                                      String plannedBy) implements CorrectiveActionEvent {
}
