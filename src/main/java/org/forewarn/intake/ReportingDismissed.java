package org.forewarn.intake;

import java.util.UUID;

import org.forewarn.shared.EventType;

/** An analyst dismissed a partner's report, and why. */
@EventType("ReportingDismissed")
public record ReportingDismissed(UUID reportingId, String stixId, String reason, String dismissedBy)
        implements ReportingEvent {
}
