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
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Public alerts: drafting, publishing, updating, cancelling, and their public documents. */
@Service
@EnableConfigurationProperties(AlertingProperties.class)
public class Alerts {

    private final PublicAlerts alerts;
    private final Threats threats;
    private final NoDoubleStandard noDoubleStandard;
    private final FanOuts fanOuts;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AlertingProperties properties;

    Alerts(PublicAlerts alerts, Threats threats, NoDoubleStandard noDoubleStandard, FanOuts fanOuts,
            CurrentUser currentUser, Clock clock, AlertingProperties properties) {
        this.alerts = alerts;
        this.threats = threats;
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
        return alerts.save(PublicAlert.draft(command, currentUser.name(), clock.instant(),
                properties.defaultValidity())).view();
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

    private PublicAlert afterPublishing(PublicAlert message) {
        if (message.threatId() != null && message.msgType() != MsgType.CANCEL) {
            noDoubleStandard.alertPublished(message.threatId(), message.id(), message.sent());
        }
        fanOuts.start(message.id(), message.sent());
        return message;
    }

    public AlertView view(UUID id) {
        return load(id).view();
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
