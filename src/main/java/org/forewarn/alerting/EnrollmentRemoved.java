package org.forewarn.alerting;

import java.util.UUID;

public record EnrollmentRemoved(UUID enrolleeId) implements EnrollmentEvent {
}
