package org.forewarn.enrollment;

import java.util.UUID;

public record EnrollmentChanged(UUID enrolleeId, int locations) implements EnrollmentEvent {
}
