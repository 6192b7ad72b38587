package org.forewarn.alert;

import java.time.Instant;
import java.util.List;

import org.forewarn.shared.DueItem;
import org.forewarn.shared.DueItemSource;
import org.forewarn.shared.DueKind;
import org.springframework.stereotype.Component;

/**
 * Messages whose writer was not cleared for the linked threat wait for a cleared approver. The
 * item says nothing of the text: the due queue is read by people not cleared for the threat.
 */
@Component
class AlertsAwaitingRelease implements DueItemSource {

    static final DueKind KIND = DueKind.ALERT_AWAITING_RELEASE;

    private final Alerts alerts;

    AlertsAwaitingRelease(Alerts alerts) {
        this.alerts = alerts;
    }

    @Override
    public List<DueItem> dueItems(Instant now) {
        return alerts.awaitingRelease().stream().map(a -> new DueItem(KIND, "A public alert (" + a.msgType().cap()
                + ") by " + a.submittedBy() + " awaits release by an approver cleared for the case", a.submittedAt(),
                null, false, "/api/v1/alerts/" + a.id() + "/release-review", a.threatId(), a.id()))
                .toList();
    }
}
