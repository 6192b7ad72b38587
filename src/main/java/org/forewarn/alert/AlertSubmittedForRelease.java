package org.forewarn.alert;

import java.util.UUID;

/**
 * A message linked to a threat its writer is not cleared for went to a cleared approver instead of
 * the public. No text and no findings: whether it reveals anything is for the approver to see.
 */
@org.forewarn.shared.EventType("AlertSubmittedForRelease")
public record AlertSubmittedForRelease(UUID alertId, UUID threatId, UUID seriesId, MsgType msgType,
                                       String submittedBy) implements AlertEvent {
}
