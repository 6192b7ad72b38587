package org.forewarn.nds;

import java.util.UUID;

@org.forewarn.shared.EventType("NdsObligationOpened")
public record NdsObligationOpened(UUID threatId, UUID warningId, String recipientName) implements NdsEvent {
}
