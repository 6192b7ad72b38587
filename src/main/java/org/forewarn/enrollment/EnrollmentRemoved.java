package org.forewarn.enrollment;

import java.util.UUID;

public record EnrollmentRemoved(UUID enrolleeId) implements EnrollmentEvent {
}
