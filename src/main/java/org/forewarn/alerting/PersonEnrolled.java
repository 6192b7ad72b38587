package org.forewarn.alerting;

import java.util.UUID;

public record PersonEnrolled(UUID enrolleeId, int locations) implements EnrollmentEvent {
}
