package org.forewarn.nds;

import org.forewarn.alert.AlertPublished;
import org.forewarn.alert.Alerts;
import org.forewarn.alert.MsgType;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.forewarn.identity.CurrentUser;
import org.forewarn.recipient.RecipientKind;
import org.forewarn.recipient.RecipientView;
import org.forewarn.recipient.Recipients;
import org.forewarn.shared.DomainException;
import org.forewarn.shared.DueItem;
import org.forewarn.shared.DueItemSource;
import org.forewarn.shared.DueKind;
import org.forewarn.threat.ThreatClosureGuard;
import org.forewarn.threat.ThreatSummary;
import org.forewarn.threat.Threats;
import org.forewarn.warning.WarningSent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The No-Double-Standard rule: warning a government or protective authority about a threat that
 * affects the general public opens an obligation on the threat, satisfied by a published public
 * alert linked to it or by an approver's written exception. Open obligations are due, and hold
 * the threat open.
 */
@Service
public class NoDoubleStandard implements DueItemSource, ThreatClosureGuard {

    private final NdsObligations obligations;
    private final Alerts alerts;
    private final Threats threats;
    private final Recipients recipients;
    private final CurrentUser currentUser;
    private final Clock clock;

    NoDoubleStandard(NdsObligations obligations, Alerts alerts, Threats threats, Recipients recipients,
            CurrentUser currentUser, Clock clock) {
        this.obligations = obligations;
        this.alerts = alerts;
        this.threats = threats;
        this.recipients = recipients;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Officials were warned: does the public have to be told too? Runs in the sending transaction. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(WarningSent sent) {
        if (obligations.existsById(sent.threatId())) {
            return;
        }
        ThreatSummary threat = threats.summary(sent.threatId());
        Optional<RecipientView> recipient = recipients.find(sent.recipientId());
        boolean officials = recipient.map(r -> r.kind() == RecipientKind.GOVERNMENT_SERVICE
                || r.kind() == RecipientKind.PROTECTIVE_AUTHORITY).orElse(false);
        if (!threat.affectsGeneralPublic() || !officials) {
            return;
        }
        Instant now = clock.instant();
        NdsObligation obligation = NdsObligation.open(sent.threatId(), sent.warningId(), sent.recipientName(), now);
        alerts.firstPublishedForThreat(sent.threatId()).ifPresent(alertId -> obligation.satisfyWith(alertId, now));
        obligations.save(obligation);
    }

    /**
     * Only a message that actually went out counts (never a draft, nor one awaiting release), and
     * not a cancellation. In the publishing transaction, so the obligation and the alert commit together.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void alertPublished(AlertPublished published) {
        if (published.threatId() == null || published.msgType() == MsgType.CANCEL) {
            return;
        }
        UUID alertId = published.alertId();
        Instant at = published.sent();
        obligations.findById(published.threatId()).filter(NdsObligation::isOpen).ifPresent(o -> {
            o.satisfyWith(alertId, at);
            obligations.save(o);
        });
    }

    /**
     * An approver cleared for the threat (its classification and compartments) decides that the
     * public will not be told: deciding needs knowing what the public would not be told.
     */
    @Transactional
    public NdsView grantException(UUID threatId, GrantNdsException command) {
        NdsObligation obligation = load(threatId);
        threats.requireCurrentUserCleared(threatId, "grant a No-Double-Standard exception on this case");
        obligation.grantException(command.reason(), currentUser.actor(), clock.instant());
        return obligations.save(obligation).view(clock.instant());
    }

    public Optional<NdsView> find(UUID threatId) {
        return obligations.findById(threatId).map(o -> o.view(clock.instant()));
    }

    public NdsView view(UUID threatId) {
        return load(threatId).view(clock.instant());
    }

    @Override
    public List<DueItem> dueItems(Instant now) {
        return obligations.findByStatusOrderByOpenedAt(NdsStatus.OPEN).stream().map(o -> new DueItem(
                DueKind.NDS_OBLIGATION_OPEN, "Officials (" + o.recipientName() + ") were warned of a threat to the public: "
                + "publish a public alert or have an approver grant an exception", o.openedAt(), null, true,
                "/api/v1/threats/" + o.getId() + "/nds", o.getId(), o.getId())).toList();
    }

    @Override
    public List<String> objectionsToClosing(UUID threatId) {
        return obligations.findById(threatId).filter(NdsObligation::isOpen)
                .map(o -> List.of("a No-Double-Standard obligation has been open since " + o.openedAt()
                        + ": publish a public alert linked to the threat, or have an approver grant an exception"))
                .orElse(List.of());
    }

    private NdsObligation load(UUID threatId) {
        threats.summary(threatId);
        return obligations.findById(threatId).orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND,
                "no-nds-obligation", "This threat has no No-Double-Standard obligation: none of its warnings to "
                + "officials concerned a threat to the general public."));
    }
}
