package org.forewarn.enrollment;

import java.util.UUID;

@org.forewarn.shared.EventType("EnrollmentRemoved")
public record EnrollmentRemoved(UUID enrolleeId) implements EnrollmentEvent {
}
