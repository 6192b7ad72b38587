package org.forewarn.review;

import java.util.UUID;

import org.forewarn.shared.EventType;

/** The texts were checked against the case's protected content before the finding was recorded. */
@EventType("FindingRecorded")
public record FindingRecorded(UUID findingId, UUID threatId, FindingKind kind, String title, String observation,
                              String rootCause, String recommendation, String basedOn,
                              String recordedBy) implements FindingEvent {
}
