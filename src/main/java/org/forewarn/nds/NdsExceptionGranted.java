package org.forewarn.nds;

import java.util.UUID;

public record NdsExceptionGranted(UUID threatId, String reason, String grantedBy) implements NdsEvent {
}
