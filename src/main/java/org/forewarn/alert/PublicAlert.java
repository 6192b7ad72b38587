package org.forewarn.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.forewarn.shared.DomainException;
import org.forewarn.shared.Violations;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One CAP message. A series starts with an Alert; each Update is a new message referencing the
 * one before (which becomes SUPERSEDED once the update goes out); a Cancel ends the series.
 *
 * <p>A published message is a record: at publication it captures everything the public gets that
 * does not come from its own fields — the CAP {@code sender}, the page and CAP links, and the
 * rendered CAP document itself — so that changing the settings later changes nothing already out.
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
    private StoredArea area;
    private Instant effective;
    private Instant expires;
    private String timeZone;
    private UUID threatId;
    private Profiles profiles = Profiles.NONE;
    private EventKind eventKind;
    private String createdBy;
    private Instant createdAt;
    private String submittedBy;
    private Instant submittedAt;
    private String reviewedBy;
    private Instant reviewedAt;
    private String reviewNote;
    private String publishedBy;
    private Instant sent;
    private Instant endedAt;
    // The record, captured at publication.
    private String capSender;
    private String pageUrl;
    private String capUrl;
    private String capDocument;

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
        a.translations = Translations.of(d.languages());
        a.area = StoredArea.of(d.area());
        a.effective = d.effective() != null ? d.effective() : now;
        a.expires = d.expires() != null ? d.expires() : a.effective.plus(defaultValidity);
        a.timeZone = d.timeZone();
        a.threatId = d.threatId();
        a.profiles = new Profiles(d.profiles());
        a.eventKind = d.eventKind();
        a.createdBy = by;
        a.createdAt = now;
        ProfileCheck.require(a);
        a.registerEvent(new AlertDrafted(a.id, a.threatId, by));
        return a;
    }

    /**
     * Every text of this message that leaves the building, with the field it came from: the one
     * list the protected-content check walks, so a new public field cannot be forgotten there.
     * Whatever {@link CapDocument}, {@link AtomFeed}, the public page and {@link AlertMessages}
     * write comes from these (or from settings and fixed wording).
     */
    List<PublicText> publicTexts() {
        List<PublicText> texts = new ArrayList<>();
        texts.add(new PublicText("sender", sender));
        texts.add(new PublicText("language", language));
        texts.add(new PublicText("headline", headline));
        texts.add(new PublicText("event", event));
        texts.add(new PublicText(msgType == MsgType.CANCEL ? "note" : "description", description));
        texts.add(new PublicText("instruction", instruction));
        if (assistance != null) {
            texts.add(new PublicText("assistance", assistance));
        }
        texts.add(new PublicText("area.description", area.description()));
        area.geocodes().forEach((name, value) ->
                texts.add(new PublicText("area.geocodes." + name, name + " " + value)));
        List<StoredTranslation> items = translations.items();
        for (int i = 0; i < items.size(); i++) {
            StoredTranslation t = items.get(i);
            String prefix = "languages[" + i + "].";
            texts.add(new PublicText(prefix + "language", t.language()));
            texts.add(new PublicText(prefix + "headline", t.headline()));
            if (t.event() != null) {
                texts.add(new PublicText(prefix + "event", t.event()));
            }
            texts.add(new PublicText(prefix + "description", t.description()));
            texts.add(new PublicText(prefix + "instruction", t.instruction()));
        }
        return texts;
    }

    // --- the life of a message (AlertStatus holds the moves) ---

    /** A draft goes out at once (see {@link ReleasePolicy} for when it may). */
    void publish(String by, Instant now, CapDocuments documents, List<PublicAlert> earlier) {
        requireDraft("published");
        requireNotExpired(now);
        markPublished(by, now, documents, earlier);
    }

    /** A draft goes to a cleared approver instead of the public. */
    void submitForRelease(String by, Instant now) {
        requireDraft("submitted for release");
        requireNotExpired(now);
        moveTo(AlertStatus.AWAITING_RELEASE);
        submittedBy = by;
        submittedAt = now;
        registerEvent(new AlertSubmittedForRelease(id, threatId, seriesId, msgType, by));
    }

    void requireAwaitingRelease() {
        if (status != AlertStatus.AWAITING_RELEASE) {
            throw DomainException.conflict("not-awaiting-release", "This message is " + status
                    + "; only a message awaiting release can be released or returned.");
        }
    }

    /** A cleared approver puts it out. */
    void release(String approver, String note, Instant now, CapDocuments documents, List<PublicAlert> earlier) {
        requireAwaitingRelease();
        requireNotExpired(now);
        reviewedBy = approver;
        reviewedAt = now;
        reviewNote = note;
        registerEvent(new AlertReleased(id, threatId, approver, note));
        markPublished(approver, now, documents, earlier);
    }

    /** A cleared approver sends it back; the writer reads the note. */
    void returnToWriter(String approver, String note, Instant now) {
        requireAwaitingRelease();
        moveTo(AlertStatus.RETURNED);
        reviewedBy = approver;
        reviewedAt = now;
        reviewNote = note;
        registerEvent(new AlertReturned(id, threatId, approver, note));
    }

    /** The next version of this published alert; it still has to go out (published or submitted). */
    PublicAlert update(UpdateAlert u, String by, Instant now) {
        requireCurrent(now, "updated");
        PublicAlert next = successor(MsgType.UPDATE, by, now);
        next.headline = u.headline() != null ? u.headline().strip() : headline;
        next.event = u.event() != null ? u.event().strip() : event;
        next.description = u.description() != null ? u.description().strip() : description;
        next.instruction = u.instruction() != null ? u.instruction().strip() : instruction;
        next.assistance = u.assistance() != null ? u.assistance() : assistance;
        next.severity = u.severity() != null ? u.severity() : severity;
        next.urgency = u.urgency() != null ? u.urgency() : urgency;
        next.certainty = u.certainty() != null ? u.certainty() : certainty;
        next.area = u.area() != null ? StoredArea.of(u.area()) : area;
        next.translations = u.languages() != null ? Translations.of(u.languages()) : translations;
        next.profiles = u.profiles() != null ? new Profiles(u.profiles()) : profiles;
        next.eventKind = u.eventKind() != null ? u.eventKind() : eventKind;
        // An update says something new about the same alert: it keeps the time the alert applies
        // from (which may still be ahead) unless the writer changes it.
        next.effective = u.effective() != null ? u.effective() : effective;
        next.expires = u.expires() != null ? u.expires() : expires;
        Violations v = Violations.check().require(next.expires.isAfter(next.effective), "expires",
                "must be after effective (" + next.effective + ")");
        if (u.languages() != null) {
            Translation.requireDistinct(language, u.languages(), v);
        }
        v.orThrow();
        ProfileCheck.require(next);
        requireNotExpired(next, now);
        return next;
    }

    /** The Cancel message that withdraws this alert; it still has to go out (published or submitted). */
    PublicAlert cancel(CancelAlert c, String by, Instant now) {
        requireCurrent(now, "cancelled");
        PublicAlert cancel = successor(MsgType.CANCEL, by, now);
        cancel.headline = "Cancelled: " + headline;
        cancel.description = c.note() != null ? c.note() : "This alert has been cancelled.";
        cancel.instruction = "No further action is required because of this alert.";
        cancel.translations = new Translations(List.of());
        cancel.effective = now;
        cancel.expires = now.isBefore(expires) ? expires : now.plusSeconds(60);
        ProfileCheck.require(cancel);
        return cancel;
    }

    /** This message gives way to the next of its series as that one goes out. */
    void endWith(PublicAlert successor, Instant now) {
        requireCurrent(now, successor.msgType == MsgType.CANCEL ? "cancelled" : "updated");
        moveTo(successor.msgType == MsgType.CANCEL ? AlertStatus.CANCELLED : AlertStatus.SUPERSEDED);
        endedAt = now;
    }

    private void requireDraft(String verb) {
        if (status == AlertStatus.AWAITING_RELEASE) {
            throw DomainException.conflict("awaiting-release", "This alert awaits release by an approver cleared "
                    + "for the linked threat; it cannot be " + verb + " again.");
        }
        if (status != AlertStatus.DRAFT) {
            throw DomainException.conflict("already-published", "This alert is " + status + "; only a draft can be "
                    + verb + ". Use update or cancel for a published alert.");
        }
    }

    private void requireNotExpired(Instant now) {
        requireNotExpired(this, now);
    }

    private static void requireNotExpired(PublicAlert message, Instant now) {
        if (!message.expires.isAfter(now)) {
            throw DomainException.ruleViolation("already-expired", "The alert expires at " + message.expires
                    + ", which is not in the future; set a later expiry.");
        }
    }

    private void requireCurrent(Instant now, String verb) {
        if (status != AlertStatus.PUBLISHED || msgType == MsgType.CANCEL) {
            throw DomainException.conflict("not-current", "Only the current published version of an alert can be "
                    + verb + "; this message is " + (msgType == MsgType.CANCEL ? "a cancellation" : status) + ".");
        }
        if (!expires.isAfter(now)) {
            throw DomainException.conflict("expired", "The alert expired at " + expires + "; issue a new alert instead.");
        }
    }

    private void moveTo(AlertStatus target) {
        if (!status.canMoveTo(target)) {
            throw DomainException.conflict("illegal-move", "A message that is " + status + " cannot become " + target
                    + "; it can become " + (status.next().isEmpty() ? "nothing else" : status.next()) + ".");
        }
        status = target;
    }

    private PublicAlert successor(MsgType type, String by, Instant now) {
        PublicAlert next = new PublicAlert();
        next.id = UUID.randomUUID();
        next.status = AlertStatus.DRAFT;
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
        next.translations = translations;
        next.area = area;
        next.effective = effective;
        next.expires = expires;
        next.timeZone = timeZone;
        next.threatId = threatId;
        next.profiles = profiles;
        next.eventKind = eventKind;
        next.createdBy = by;
        next.createdAt = now;
        return next;
    }

    private void markPublished(String by, Instant now, CapDocuments documents, List<PublicAlert> earlier) {
        moveTo(AlertStatus.PUBLISHED);
        publishedBy = by;
        sent = now;
        if (msgType == MsgType.CANCEL) {
            effective = now;
        }
        captureRecord(documents, earlier);
        registerEvent(new AlertPublished(id, threatId, seriesId, msgType, referencesId, sender, headline,
                area.description(), sent, expires, by));
    }

    /**
     * The sender, links and CAP document (signed where a profile asks for it) as they go out now;
     * from here on they never change.
     */
    private void captureRecord(CapDocuments documents, List<PublicAlert> earlier) {
        AlertingProperties settings = documents.settings();
        capSender = capSender(settings);
        pageUrl = pageUrl(settings);
        capUrl = capUrl(settings);
        capDocument = documents.render(this, earlier);
    }

    /**
     * For a message published before records were kept: captured once, with the settings in force
     * at the first start of this version. Returns whether there was anything to capture.
     */
    boolean captureMissingRecord(CapDocuments documents, List<PublicAlert> earlier) {
        if (!status.isPublic() || capDocument != null) {
            return false;
        }
        captureRecord(documents, earlier);
        return true;
    }

    /** For a preview: as if sent now, without publishing anything. */
    void previewAs(Instant now) {
        sent = now;
        clearDomainEvents();
    }

    boolean isPublic() {
        return status.isPublic();
    }

    /** In the current feed: the live version of a series that has not expired or been cancelled. */
    boolean isCurrent(Instant now) {
        return status == AlertStatus.PUBLISHED && msgType != MsgType.CANCEL && expires.isAfter(now);
    }

    AlertView view() {
        return new AlertView(id, seriesId, revision, msgType, referencesId, status, sender, headline, event,
                description, instruction, assistance, severity, urgency, certainty, language, translations.items(),
                area, effective, expires, timeZone, profiles.items(), eventKind, threatId, createdBy, createdAt,
                submittedBy, submittedAt, reviewedBy, reviewedAt, reviewNote, publishedBy, sent, endedAt, "/alerts/" + id,
                isPublic() ? "/alerts/" + id + ".cap" : null);
    }

    // The record's parts. A message without a record (a preview, or a row that never went through
    // publication, e.g. written directly in SQL) falls back to the settings.

    String capSender(AlertingProperties settings) {
        return capSender != null ? capSender : settings.capSender();
    }

    String pageUrl(AlertingProperties settings) {
        return pageUrl != null ? pageUrl : settings.publicUrl() + "/alerts/" + id;
    }

    String capUrl(AlertingProperties settings) {
        return capUrl != null ? capUrl : settings.publicUrl() + "/alerts/" + id + ".cap";
    }

    /** The CAP document as published, or null if it has no record. */
    String capDocument() {
        return capDocument;
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
    List<StoredTranslation> translations() { return translations.items(); }
    StoredArea area() { return area; }
    Instant effective() { return effective; }
    Instant expires() { return expires; }
    String timeZone() { return timeZone; }
    UUID threatId() { return threatId; }
    List<CapProfile> profiles() { return profiles.items(); }
    EventKind eventKind() { return eventKind; }
    String createdBy() { return createdBy; }
    String submittedBy() { return submittedBy; }
    Instant createdAt() { return createdAt; }
    Instant submittedAt() { return submittedAt; }
    Instant sent() { return sent; }
    Instant endedAt() { return endedAt; }
}
