package org.forewarn.identity;

import java.time.Instant;
import java.util.List;

import org.forewarn.shared.DueItem;
import org.forewarn.shared.DueItemSource;
import org.forewarn.shared.DueKind;
import org.springframework.stereotype.Component;

/** Elevated grants wait for a second administrator; they belong to no case, so only administrators see them. */
@Component
class AccessGrantsAwaitingConfirmation implements DueItemSource {

    private final AccessGrants grants;

    AccessGrantsAwaitingConfirmation(AccessGrants grants) {
        this.grants = grants;
    }

    @Override
    public List<DueItem> dueItems(Instant now) {
        return grants.findByStatusOrderByRequestedAt(GrantStatus.PENDING).stream().map(AccessGrant::view)
                .map(g -> new DueItem(DueKind.ACCESS_GRANT_AWAITING_CONFIRMATION, g.requestedBy() + " asks for " + String.join(", ", g.reasons()) + " for "
                        + g.username() + ": another ADMIN must confirm or reject", g.requestedAt(), null, false,
                        "/api/v1/users/grants/" + g.id() + "/confirmation", null, g.id()))
                .toList();
    }
}
