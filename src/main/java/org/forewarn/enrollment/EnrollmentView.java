package org.forewarn.enrollment;

import org.forewarn.shared.ChannelType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A person as stored. Built from the database without the command's checks, so one row stored under
 * older or looser rules still reads (and can be corrected with PUT) instead of breaking the list.
 */
public record EnrollmentView(UUID id, String externalId, String name, String language, List<EnrolleeChannel> channels,
                             List<EnrolleeLocation> locations, Instant createdAt, Instant updatedAt) {

    public record EnrolleeChannel(ChannelType type, String address) {
    }

    public record EnrolleeLocation(String label, double lat, double lon, Instant validFrom, Instant validTo) {
    }
}
