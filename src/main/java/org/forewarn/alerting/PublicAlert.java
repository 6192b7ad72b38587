package org.forewarn.alerting;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.forewarn.shared.DomainException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One CAP message. A series starts with an Alert; each Update is a new message referencing the
 * one before (which becomes SUPERSEDED); a Cancel ends the series. Published messages never change
 * their content: the CAP document of a message is fixed once it is out.
 */
@Table("public_alerts")
class PublicAlert extends AbstractAggregateRoot<PublicAlert> {

    @Id
    private UUID id;
    @Version
    private Long version;
    private UUID seriesId;
    private int revision;
    private MsgType msgType;
    private UUID referencesId;
    private AlertStatus status;
    private String sender;
    private String headline;
    private String event;
    private String description;
    private String instruction;
    private String assistance;
    private Severity severity;
    private Urgency urgency;
    private Certainty certainty;
    private String language;
    private Translations translations;
    private AlertArea area;
    private Instant effective;
    private Instant expires;
    private String timeZone;
    private UUID threatId;
    private String createdBy;
    private Instant createdAt;
    private String publishedBy;
    private Instant sent;
    private Instant endedAt;

    PublicAlert() {
    }

    static PublicAlert draft(DraftAlert d, String by, Instant now, Duration defaultValidity) {
        PublicAlert a = new PublicAlert();
        a.id = UUID.randomUUID();
        a.seriesId = a.id;
        a.revision = 1;
        a.msgType = MsgType.ALERT;
        a.status = AlertStatus.DRAFT;
        a.sender = d.sender().strip();
        a.headline = d.headline().strip();
        a.event = d.event().strip();
        a.description = d.description().strip();
        a.instruction = d.instruction().strip();
        a.assistance = d.assistance();
        a.severity = d.severity();
        a.urgency = d.urgency();
        a.certainty = d.certainty();
        a.language = d.language();
        a.translations = new Translations(d.languages());
        a.area = d.area();
        a.effective = d.effective() != null ? d.effective() : now;
        a.expires = d.expires() != null ? d.expires() : a.effective.plus(defaultValidity);
        a.timeZone = d.timeZone();
        a.threatId = d.threatId();
        a.createdBy = by;
        a.createdAt = now;
        a.registerEvent(new AlertDrafted(a.id, a.threatId, a.headline, by));
        return a;
    }

    void publish(String by, Instant now) {
        if (status != AlertStatus.DRAFT) {
            throw DomainException.conflict("already-published", "This alert is " + status
                    + "; only a draft can be published. Use update or cancel for a published alert.");
        }
        if (!expires.isAfter(now)) {
            throw DomainException.ruleViolation("already-expired", "The alert expired at " + expires
                    + "; set a later expiry before publishing.");
        }
        markPublished(by, now);
    }

    /** The next version of this (published) alert, published at once. */
    PublicAlert update(UpdateAlert u, String by, Instant now) {
        requireLatestPublished(now, "updated");
        PublicAlert next = successor(MsgType.UPDATE, by, now);
        next.headline = u.headline() != null ? u.headline().strip() : headline;
        next.event = u.event() != null ? u.event().strip() : event;
        next.description = u.description() != null ? u.description().strip() : description;
        next.instruction = u.instruction() != null ? u.instruction().strip() : instruction;
        next.assistance = u.assistance() != null ? u.assistance() : assistance;
        next.severity = u.severity() != null ? u.severity() : severity;
        next.urgency = u.urgency() != null ? u.urgency() : urgency;
        next.certainty = u.certainty() != null ? u.certainty() : certainty;
        next.area = u.area() != null ? u.area() : area;
        next.translations = u.languages() != null ? new Translations(u.languages()) : translations;
        next.expires = u.expires() != null ? u.expires() : expires;
        if (!next.expires.isAfter(now)) {
            throw DomainException.ruleViolation("already-expired", "expires (" + next.expires + ") is not in the future.");
        }
        status = AlertStatus.SUPERSEDED;
        endedAt = now;
        next.markPublished(by, now);
        return next;
    }

    /** The Cancel message that withdraws this alert. */
    PublicAlert cancel(CancelAlert c, String by, Instant now) {
        requireLatestPublished(now, "cancelled");
        PublicAlert cancel = successor(MsgType.CANCEL, by, now);
        cancel.headline = "Cancelled: " + headline;
        cancel.description = c.note() != null && !c.note().isBlank() ? c.note().strip()
                : "This alert has been cancelled.";
        cancel.instruction = "No further action is required because of this alert.";
        cancel.expires = now.isBefore(expires) ? expires : now.plusSeconds(60);
        status = AlertStatus.CANCELLED;
        endedAt = now;
        cancel.markPublished(by, now);
        return cancel;
    }

    private void requireLatestPublished(Instant now, String verb) {
        if (status != AlertStatus.PUBLISHED || msgType == MsgType.CANCEL) {
            throw DomainException.conflict("not-current", "Only the current published version of an alert can be "
                    + verb + "; this message is " + (msgType == MsgType.CANCEL ? "a cancellation" : status) + ".");
        }
        if (!expires.isAfter(now)) {
            throw DomainException.conflict("expired", "The alert expired at " + expires + "; issue a new alert instead.");
        }
    }

    private PublicAlert successor(MsgType type, String by, Instant now) {
        PublicAlert next = new PublicAlert();
        next.id = UUID.randomUUID();
        next.seriesId = seriesId;
        next.revision = revision + 1;
        next.msgType = type;
        next.referencesId = id;
        next.sender = sender;
        next.headline = headline;
        next.event = event;
        next.description = description;
        next.instruction = instruction;
        next.assistance = assistance;
        next.severity = severity;
        next.urgency = urgency;
        next.certainty = certainty;
        next.language = language;
        next.translations = type == MsgType.CANCEL ? new Translations(java.util.List.of()) : translations;
        next.area = area;
        next.effective = now;
        next.expires = expires;
        next.timeZone = timeZone;
        next.threatId = threatId;
        next.createdBy = by;
        next.createdAt = now;
        return next;
    }

    private void markPublished(String by, Instant now) {
        status = AlertStatus.PUBLISHED;
        publishedBy = by;
        sent = now;
        registerEvent(new AlertPublished(id, threatId, seriesId, msgType, referencesId, sender, headline,
                area.description(), sent, expires, by));
    }

    /** For a preview: as if sent now, without publishing anything. */
    void previewAs(Instant now) {
        sent = now;
        clearDomainEvents();
    }

    boolean isPublic() {
        return status != AlertStatus.DRAFT;
    }

    /** In the current feed: the live version of a series that has not expired or been cancelled. */
    boolean isCurrent(Instant now) {
        return status == AlertStatus.PUBLISHED && msgType != MsgType.CANCEL && expires.isAfter(now);
    }

    AlertView view() {
        return new AlertView(id, seriesId, revision, msgType, referencesId, status, sender, headline, event,
                description, instruction, assistance, severity, urgency, certainty, language, translations.items(),
                area, effective, expires, timeZone, threatId, createdBy, createdAt, publishedBy, sent, endedAt,
                "/alerts/" + id, isPublic() ? "/alerts/" + id + ".cap" : null);
    }

    UUID id() { return id; }
    UUID seriesId() { return seriesId; }
    int revision() { return revision; }
    MsgType msgType() { return msgType; }
    UUID referencesId() { return referencesId; }
    AlertStatus status() { return status; }
    String sender() { return sender; }
    String headline() { return headline; }
    String event() { return event; }
    String description() { return description; }
    String instruction() { return instruction; }
    String assistance() { return assistance; }
    Severity severity() { return severity; }
    Urgency urgency() { return urgency; }
    Certainty certainty() { return certainty; }
    String language() { return language; }
    java.util.List<Translation> translations() { return translations.items(); }
    AlertArea area() { return area; }
    Instant effective() { return effective; }
    Instant expires() { return expires; }
    String timeZone() { return timeZone; }
    UUID threatId() { return threatId; }
    Instant sent() { return sent; }
    Instant endedAt() { return endedAt; }
}
