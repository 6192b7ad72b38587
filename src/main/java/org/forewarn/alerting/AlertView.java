package org.forewarn.alerting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An alert message as the API shows it to signed-in users (it includes the internal threat link,
 * which public documents never do).
 *
 * @param page the public page, once published
 * @param cap  the CAP 1.2 document, once published
 */
public record AlertView(UUID id, UUID seriesId, int revision, MsgType msgType, UUID referencesId, AlertStatus status,
                        String sender, String headline, String event, String description, String instruction,
                        String assistance, Severity severity, Urgency urgency, Certainty certainty, String language,
                        List<Translation> languages, AlertArea area, Instant effective, Instant expires,
                        String timeZone, UUID threatId, String createdBy, Instant createdAt, String publishedBy,
                        Instant sent, Instant endedAt, String page, String cap) {
}
