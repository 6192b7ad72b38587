package org.forewarn.enrollment;

import java.util.UUID;

@org.forewarn.shared.EventType("PersonEnrolled")
public record PersonEnrolled(UUID enrolleeId, int locations) implements EnrollmentEvent {
}
