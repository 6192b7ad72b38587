package org.forewarn.enrollment;

import java.util.UUID;

public record PersonEnrolled(UUID enrolleeId, int locations) implements EnrollmentEvent {
}
