package org.forewarn.alerting;

import java.util.UUID;

public record EnrollmentChanged(UUID enrolleeId, int locations) implements EnrollmentEvent {
}
