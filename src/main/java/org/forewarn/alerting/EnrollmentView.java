package org.forewarn.alerting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record EnrollmentView(UUID id, String externalId, String name, String language, List<ContactChannel> channels,
                             List<EnrolledLocation> locations, Instant createdAt, Instant updatedAt) {
}
