package org.forewarn.delivery;

import java.util.UUID;

import org.forewarn.shared.ChannelType;
import org.forewarn.shared.Violations;

/**
 * A warning to deliver by e-mail or webhook.
 *
 * @param subject a one-line subject (e-mail subject; in the webhook body too)
 * @param body    the message body exactly as it must reach the recipient
 * @param json    the webhook's JSON document (ignored for e-mail)
 */
public record Dispatch(UUID warningId, UUID recipientId, ChannelType channel, String address, String subject,
                       String body, String json) {

    public Dispatch {
        Violations.check().notNull(warningId, "warningId").notNull(recipientId, "recipientId")
                .notNull(channel, "channel")
                .require(channel != ChannelType.LIAISON, "channel", "liaison hand-overs are recorded, not dispatched")
                .notBlank(address, "address").notBlank(subject, "subject").notBlank(body, "body")
                .orThrow();
    }
}
