package org.forewarn.nds;

import java.util.UUID;

@org.forewarn.shared.EventType("NdsExceptionGranted")
public record NdsExceptionGranted(UUID threatId, String reason, String grantedBy) implements NdsEvent {
}
