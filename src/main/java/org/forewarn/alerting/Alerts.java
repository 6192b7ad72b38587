package org.forewarn.alerting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.forewarn.identity.CurrentUser;
import org.forewarn.shared.DomainException;
import org.forewarn.threat.Threats;
import org.forewarn.warning.Warnings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Public alerts: drafting, publishing, updating, cancelling, and their public documents. */
@Service
@EnableConfigurationProperties(AlertingProperties.class)
public class Alerts {

    private final PublicAlerts alerts;
    private final Threats threats;
    private final Warnings warnings;
    private final NoDoubleStandard noDoubleStandard;
    private final FanOuts fanOuts;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AlertingProperties properties;

    Alerts(PublicAlerts alerts, Threats threats, Warnings warnings, NoDoubleStandard noDoubleStandard,
            FanOuts fanOuts, CurrentUser currentUser, Clock clock, AlertingProperties properties) {
        this.alerts = alerts;
        this.threats = threats;
        this.warnings = warnings;
        this.noDoubleStandard = noDoubleStandard;
        this.fanOuts = fanOuts;
        this.currentUser = currentUser;
        this.clock = clock;
        this.properties = properties;
    }

    @Transactional
    public AlertView draft(DraftAlert command) {
        if (command.threatId() != null && threats.find(command.threatId()).isEmpty()) {
            throw DomainException.ruleViolation("unknown-threat", "threatId " + command.threatId()
                    + " is not a known threat; link the alert to an existing threat or leave threatId out.");
        }
        PublicAlert draft = PublicAlert.draft(command, currentUser.name(), clock.instant(),
                properties.defaultValidity());
        requireNothingProtected(draft);
        return alerts.save(draft).view();
    }

    /** Publishes a draft: it joins the feed, satisfies the threat's NDS obligation, and fans out. */
    @Transactional
    public AlertView publish(UUID id) {
        PublicAlert alert = load(id);
        alert.publish(currentUser.name(), clock.instant());
        return afterPublishing(alerts.save(alert)).view();
    }

    @Transactional
    public AlertView update(UUID id, UpdateAlert command) {
        PublicAlert current = load(id);
        PublicAlert next = current.update(command, currentUser.name(), clock.instant());
        requireNothingProtected(next);
        alerts.save(current);
        return afterPublishing(alerts.save(next)).view();
    }

    @Transactional
    public AlertView cancel(UUID id, CancelAlert command) {
        PublicAlert current = load(id);
        PublicAlert cancel = current.cancel(command, currentUser.name(), clock.instant());
        alerts.save(current);
        return afterPublishing(alerts.save(cancel)).view();
    }

    /**
     * A public alert linked to a threat must not reveal the threat's protected details. The consular
     * officer writing it is usually not cleared for them, so the refusal does not say which.
     */
    private void requireNothingProtected(PublicAlert alert) {
        if (alert.threatId() == null) {
            return;
        }
        java.util.List<String> texts = new ArrayList<>(java.util.List.of(alert.headline(), alert.event(),
                alert.description(), alert.instruction(), alert.area().description()));
        if (alert.assistance() != null) {
            texts.add(alert.assistance());
        }
        alert.translations().forEach(t -> {
            texts.add(t.headline());
            texts.add(t.description());
            texts.add(t.instruction());
            if (t.event() != null) {
                texts.add(t.event());
            }
        });
        if (texts.stream().anyMatch(text -> !warnings.protectedContentIn(alert.threatId(), text).isEmpty())) {
            throw DomainException.ruleViolation("protected-content", "The alert text contains protected content "
                    + "of the linked threat (a protected term, the collection method or part of the source "
                    + "description). Rewrite it in general terms, or ask an analyst cleared for the threat to "
                    + "check it with POST /api/v1/threats/{id}/tearline-check.");
        }
    }

    private PublicAlert afterPublishing(PublicAlert message) {
        if (message.threatId() != null && message.msgType() != MsgType.CANCEL) {
            noDoubleStandard.alertPublished(message.threatId(), message.id(), message.sent());
        }
        fanOuts.start(message.id(), message.sent());
        return message;
    }

    /** The CAP document a draft would become if published now; nothing is stored. */
    public String previewCap(DraftAlert command) {
        PublicAlert draft = PublicAlert.draft(command, currentUser.name(), clock.instant(), properties.defaultValidity());
        draft.previewAs(clock.instant());
        return CapDocument.render(draft, List.of(), properties);
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

    public List<AlertView> all() {
        return alerts.findAllNewestFirst().stream().map(PublicAlert::view).toList();
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

    String cap(PublicAlert message) {
        return CapDocument.render(message, earlier(message), properties);
    }

    AlertingProperties settings() {
        return properties;
    }

    private PublicAlert load(UUID id) {
        return alerts.findById(id).orElseThrow(() -> DomainException.notFound("alert", id));
    }
}
