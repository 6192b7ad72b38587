package org.forewarn.enrollment;

import java.util.UUID;

@org.forewarn.shared.EventType("EnrollmentChanged")
public record EnrollmentChanged(UUID enrolleeId, int locations) implements EnrollmentEvent {
}
