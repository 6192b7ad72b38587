package org.forewarn.alert;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An alert message as the API shows it to signed-in users (it includes the internal threat link,
 * which public documents never do). It never carries what the protected-content check found:
 * only a cleared approver's {@link ReleaseReview} does.
 *
 * @param submittedBy who sent it to an approver's release (its writer was not cleared for the threat)
 * @param reviewedBy  the approver who released or returned it
 * @param reviewNote  the approver's note to the writer
 * @param page        the public page, once published
 * @param cap         the CAP 1.2 document, once published
 * @param profiles    the national CAP profiles it follows (none: plain CAP 1.2)
 * @param eventKind   the kind of event the profiles' event codes are chosen for
 */
public record AlertView(UUID id, UUID seriesId, int revision, MsgType msgType, UUID referencesId, AlertStatus status,
                        String sender, String headline, String event, String description, String instruction,
                        String assistance, Severity severity, Urgency urgency, Certainty certainty, String language,
                        List<StoredTranslation> languages, StoredArea area, Instant effective, Instant expires,
                        String timeZone, List<CapProfile> profiles, EventKind eventKind, UUID threatId,
                        String createdBy, Instant createdAt, String submittedBy,
                        Instant submittedAt, String reviewedBy, Instant reviewedAt, String reviewNote,
                        String publishedBy, Instant sent, Instant endedAt, String page, String cap) {
}
