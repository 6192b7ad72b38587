package org.forewarn.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A row of the improvement plan (HSEEP columns: capability element, corrective action, responsible
 * organisation, point of contact, start date, completion date) and how it stands.
 *
 * @param overdue whether it is open and its completion date has passed in the case's time zone
 * @param closed  who completed or cancelled it, when, and their note or reason; absent while open
 */
public record CorrectiveActionView(UUID id, UUID findingId, UUID threatId, CapabilityElement capabilityElement,
                                   String description, String responsibleOrganization, String pointOfContact,
                                   LocalDate startDate, LocalDate completionDate, ActionStatus status,
                                   boolean overdue, Planned planned, Closed closed) {

    public record Planned(String by, Instant at) {
    }

    /** @param note the completion note, or the reason for cancelling */
    public record Closed(String by, Instant at, String note) {
    }
}
