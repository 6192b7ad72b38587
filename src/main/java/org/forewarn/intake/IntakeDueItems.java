package org.forewarn.intake;

import java.time.Instant;
import java.util.List;

import org.forewarn.shared.DueItem;
import org.forewarn.shared.DueItemSource;
import org.forewarn.shared.DueKind;
import org.springframework.stereotype.Component;

/** Each partner report still waiting is due for an analyst until it is turned into a threat or dismissed. */
@Component
class IntakeDueItems implements DueItemSource {

    private final IncomingReporting reporting;

    IntakeDueItems(IncomingReporting reporting) {
        this.reporting = reporting;
    }

    @Override
    public List<DueItem> dueItems(Instant now) {
        return reporting.waiting().stream().map(r -> new DueItem(DueKind.INCOMING_REPORTING,
                "Reporting from " + r.feedName() + ": " + r.name(), r.receivedAt(), null, false,
                "/api/v1/intake/reporting/" + r.id(), null, r.id())).toList();
    }
}
