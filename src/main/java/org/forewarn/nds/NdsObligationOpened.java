package org.forewarn.nds;

import java.util.UUID;

public record NdsObligationOpened(UUID threatId, UUID warningId, String recipientName) implements NdsEvent {
}
