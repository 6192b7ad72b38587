package org.forewarn.recipient;

import org.forewarn.shared.ChannelType;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A recipient as shown.
 *
 * @param relationshipConfirmedBy the approver who confirmed the relationship, or null while it is
 *                                unconfirmed
 * @param approvalRequiredToWarn  whether a warning to this recipient needs an approver's sign-off
 *                                before it is sent: always while the relationship is unconfirmed,
 *                                and for NEUTRAL and ADVERSARY recipients
 */
public record RecipientView(UUID id, String name, RecipientKind kind, String country, Relationship relationship,
                            List<ChannelView> channels, String notes, String createdBy, Instant createdAt,
                            String relationshipSetBy, Instant relationshipSetAt, String relationshipConfirmedBy,
                            Instant relationshipConfirmedAt, boolean approvalRequiredToWarn) {

    public Optional<ChannelView> channel(ChannelType type) {
        return channels.stream().filter(c -> c.type() == type).findFirst();
    }

    public boolean relationshipConfirmed() {
        return relationshipConfirmedAt != null;
    }
}
