package org.forewarn.alert;


import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.forewarn.identity.Actor;
import org.forewarn.identity.CurrentUser;
import org.forewarn.identity.SeparationOfDuties;
import org.forewarn.shared.DomainException;
import org.forewarn.shared.Keyset;
import org.forewarn.shared.KeysetSql;
import org.forewarn.shared.ListCount;
import org.forewarn.shared.Page;
import org.forewarn.shared.PageRequest;
import org.forewarn.shared.SqlCondition;
import org.forewarn.shared.SqlFilter;
import org.forewarn.threat.Threats;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public alerts: drafting, publishing (directly, or through a cleared approver's release),
 * updating, cancelling, and their public documents.
 */
@Service
@EnableConfigurationProperties(AlertingProperties.class)
public class Alerts {

    private final PublicAlerts alerts;
    private final Threats threats;
    private final ProtectedContentCheck protectedContent;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AlertingProperties properties;
    private final CapDocuments documents;
    private final JdbcClient jdbc;

    Alerts(PublicAlerts alerts, Threats threats, ProtectedContentCheck protectedContent,
            CurrentUser currentUser, Clock clock,
            AlertingProperties properties, CapDocuments documents, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.alerts = alerts;
        this.threats = threats;
        this.protectedContent = protectedContent;
        this.currentUser = currentUser;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * Saves a draft. A writer cleared for the linked threat has it checked now (422 naming what
     * leaked); anyone else's is checked by the approver who releases it.
     */
    @Transactional
    public AlertView draft(DraftAlert command) {
        if (command.threatId() != null && threats.find(command.threatId()).isEmpty()) {
            throw DomainException.ruleViolation("unknown-threat", "threatId " + command.threatId()
                    + " is not a known threat; link the alert to an existing threat or leave threatId out.");
        }
        PublicAlert draft = PublicAlert.draft(command, currentUser.name(), clock.instant(),
                properties.defaultValidity());
        if (route(draft, true) == ReleasePolicy.Route.CHECK_AND_PUBLISH) {
            protectedContent.requireNothingIn(draft);
        }
        return alerts.save(draft).view();
    }

    /**
     * Puts a draft out: it joins the feed, satisfies the threat's NDS obligation and fans out — or,
     * if the writer is not cleared for the linked threat, it goes to a cleared approver's release.
     */
    @Transactional
    public AlertView publish(UUID id) {
        return goOut(load(id), null, true).view();
    }

    /** A new version of a published alert, going out like a draft does. */
    @Transactional
    public AlertView update(UUID id, UpdateAlert command) {
        PublicAlert current = load(id);
        return goOut(current.update(command, currentUser.name(), clock.instant()), current, true).view();
    }

    /** Withdraws a published alert; a note written by someone not cleared for the threat goes to release first. */
    @Transactional
    public AlertView cancel(UUID id, CancelAlert command) {
        PublicAlert current = load(id);
        return goOut(current.cancel(command, currentUser.name(), clock.instant()), current, command.note() != null)
                .view();
    }

    /**
     * What a cleared approver sees before deciding: the message and what the protected-content
     * check finds in it. Refused (403) to anyone not cleared for the threat and to its writer.
     */
    public ReleaseReview releaseReview(UUID id) {
        PublicAlert message = load(id);
        requireReviewer(message);
        message.requireAwaitingRelease();
        List<ReleaseFinding> fields = protectedContent.fields(message);
        List<ReleaseFinding> findings = fields.stream().filter(f -> !f.leaks().isEmpty()).toList();
        AlertView replaces = message.referencesId() != null ? load(message.referencesId()).view() : null;
        return new ReleaseReview(message.view(), replaces, findings.isEmpty(), fields, findings);
    }

    /**
     * A cleared approver (not the writer) releases a message awaiting release — refused (422,
     * naming what leaked) while it reveals protected content — or returns it to the writer with a
     * note. Either note goes to people who are not cleared, so it is checked too.
     */
    @Transactional
    public AlertView release(UUID id, ReleaseDecision decision) {
        PublicAlert message = load(id);
        Actor reviewer = requireReviewer(message);
        message.requireAwaitingRelease();
        protectedContent.requireNothingInNote(message.threatId(), decision.note());
        Instant now = clock.instant();
        if (decision.decision() == ReleaseDecision.Decision.RETURN) {
            message.returnToWriter(reviewer.username(), decision.note(), now);
            return alerts.save(message).view();
        }
        protectedContent.requireNothingIn(message);
        PublicAlert predecessor = message.referencesId() != null ? load(message.referencesId()) : null;
        message.release(reviewer.username(), decision.note(), now, documents, chain(predecessor));
        return published(message, predecessor, now).view();
    }

    private ReleasePolicy.Route route(PublicAlert message, boolean newText) {
        return ReleasePolicy.route(message.threatId() != null, newText,
                () -> threats.currentUserIsCleared(message.threatId()));
    }

    /** @param predecessor the published message an Update or Cancel replaces, or null */
    private PublicAlert goOut(PublicAlert message, PublicAlert predecessor, boolean newText) {
        String by = currentUser.name();
        Instant now = clock.instant();
        switch (route(message, newText)) {
            case RELEASE -> {
                message.submitForRelease(by, now);
                return alerts.save(message);
            }
            case CHECK_AND_PUBLISH -> protectedContent.requireNothingIn(message);
            case PUBLISH -> {
            }
        }
        message.publish(by, now, documents, chain(predecessor));
        return published(message, predecessor, now);
    }

    /** Stores a message that has just gone out, with what that sets off. */
    private PublicAlert published(PublicAlert message, PublicAlert predecessor, Instant now) {
        if (predecessor != null) {
            predecessor.endWith(message, now);
            alerts.save(predecessor);
        }
        // Saving publishes AlertPublished in this transaction: No Double Standard and the fan-out
        // act on it before it commits, so a crash right after publishing leaves nothing half-done.
        return alerts.save(message);
    }

    /** APPROVER (checked at the door), cleared for the linked threat, and not the message's writer. */
    private Actor requireReviewer(PublicAlert message) {
        Actor reviewer = currentUser.actor();
        if (message.threatId() != null) {
            threats.requireCurrentUserCleared(message.threatId(), "review a public alert on this case for release");
        }
        SeparationOfDuties.requireSomeoneElse(message.createdBy(), reviewer, "this alert");
        SeparationOfDuties.requireSomeoneElse(message.submittedBy(), reviewer, "this alert");
        return reviewer;
    }

    /** The predecessor and every message before it, oldest first: what a successor references. */
    private List<PublicAlert> chain(PublicAlert predecessor) {
        if (predecessor == null) {
            return List.of();
        }
        List<PublicAlert> chain = new ArrayList<>(earlier(predecessor));
        chain.add(predecessor);
        return chain;
    }

    /** The CAP document a draft would become if published now; nothing is stored. */
    public String previewCap(DraftAlert command) {
        PublicAlert draft = PublicAlert.draft(command, currentUser.name(), clock.instant(), properties.defaultValidity());
        draft.previewAs(clock.instant());
        return documents.render(draft, List.of());
    }

    /** The CAP document of a published message, for the console. */
    public String publishedCap(UUID id) {
        return cap(published(id).orElseThrow(() -> DomainException.notFound("published alert", id)));
    }

    public AlertView view(UUID id) {
        return load(id).view();
    }

    /** The published messages linked to a threat, oldest first. */
    public List<AlertView> publishedForThreat(UUID threatId) {
        return alerts.findPublishedNewestFirst().stream().filter(a -> threatId.equals(a.threatId()))
                .sorted(Comparator.comparing(PublicAlert::sent)).map(PublicAlert::view).toList();
    }

    /**
     * One page of the messages (drafts and those awaiting release included) that pass the filter,
     * most recently written first (ties by id), found through the (created_at desc, id desc) index
     * at any depth, or (status, created_at desc, id desc) for one status (V10).
     */
    public Page<AlertView> page(AlertFilter filter, PageRequest request) {
        KeysetSql keyset = KeysetSql.over("created_at", "id", request);
        SqlCondition where = where(filter);
        List<UUID> ids = keyset.ids(jdbc, "public_alerts", where);
        List<PublicAlert> found = KeysetSql.inOrder(ids, alerts.findAllById(ids), PublicAlert::id);
        return Page.of(found, request, a -> new Keyset(a.createdAt(), a.id())).map(PublicAlert::view);
    }

    /** How many messages pass the filter (for "1-50 of 1,234"), exactly up to a point and then about. */
    public ListCount count(AlertFilter filter) {
        SqlCondition where = where(filter);
        return ListCount.of(jdbc, "public_alerts", where);
    }

    /** The text search looks at what the list shows: headline, event, sender, area (see V10). */
    private static SqlCondition where(AlertFilter filter) {
        return SqlFilter.where()
                .and("search @@ websearch_to_tsquery('simple', :q)", "q", filter.text())
                .and("status = :status", "status", filter.status()).condition();
    }

    /** A published message as the fan-out sends it (public content only; no caller check: it is public). */
    public OutgoingAlert outgoing(UUID id) {
        return new OutgoingAlert(published(id).orElseThrow(() -> DomainException.notFound("alert", id)), settings());
    }

    /** The first message published for a case, if any: what satisfies its No-Double-Standard obligation. */
    public Optional<UUID> firstPublishedForThreat(UUID threatId) {
        return alerts.findFirstPublishedForThreat(threatId).map(PublicAlert::id);
    }

    List<PublicAlert> awaitingRelease() {
        return alerts.findAwaitingRelease();
    }

    // --- the public side: only published messages, never drafts ---

    Optional<PublicAlert> published(UUID id) {
        return alerts.findById(id).filter(PublicAlert::isPublic);
    }

    /** Live alerts (latest version of each series, not expired, not cancelled), newest first. */
    List<PublicAlert> current(Instant now) {
        return alerts.findPublishedNewestFirst().stream().filter(a -> a.isCurrent(now)).toList();
    }

    List<PublicAlert> archive() {
        return alerts.findPublishedNewestFirst();
    }

    /** The messages before this one in its series, oldest first. */
    List<PublicAlert> earlier(PublicAlert message) {
        List<PublicAlert> chain = new ArrayList<>();
        UUID previous = message.referencesId();
        while (previous != null) {
            PublicAlert p = alerts.findById(previous).orElseThrow();
            chain.add(p);
            previous = p.referencesId();
        }
        chain.sort(Comparator.comparingInt(PublicAlert::revision));
        return chain;
    }

    /** The newest message of the series this one belongs to. */
    PublicAlert latestOfSeries(PublicAlert message) {
        return alerts.findPublishedNewestFirst().stream().filter(a -> a.seriesId().equals(message.seriesId()))
                .max(Comparator.comparingInt(PublicAlert::revision)).orElse(message);
    }

    /**
     * The CAP document as published. Only a message that never went through publication (written
     * directly in SQL) has none; it is rendered for the reader then, and not stored. Either way it
     * is passed through {@link SafeXml#clean} so that nothing stored can make it unreadable.
     */
    String cap(PublicAlert message) {
        String document = message.capDocument() != null ? message.capDocument()
                : documents.render(message, earlier(message));
        return SafeXml.clean(document);
    }

    AlertingProperties settings() {
        return properties;
    }

    private PublicAlert load(UUID id) {
        return alerts.findById(id).orElseThrow(() -> DomainException.notFound("alert", id));
    }
}
