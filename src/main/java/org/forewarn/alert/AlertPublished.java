package org.forewarn.alert;

import java.time.Instant;
import java.util.UUID;

/** A CAP message went public: a new alert, an update, or a cancel. */
@org.forewarn.shared.EventType("AlertPublished")
public record AlertPublished(UUID alertId, UUID threatId, UUID seriesId, MsgType msgType, UUID referencesId,
                             String sender, String headline, String areaDescription, Instant sent, Instant expires,
                             String publishedBy) implements AlertEvent {
}
