package org.forewarn.delivery;

import java.util.Map;

import org.forewarn.shared.ChannelType;
import org.forewarn.shared.Violations;

/**
 * One message for the engine to send on one channel, already rendered for it.
 *
 * @param address        where: an e-mail address, an E.164 phone number, a webhook URL
 * @param idempotencyKey from {@link IdempotencyKeys}; the same for every attempt of this message
 * @param senderName     whom it is from, as people read it (the e-mail's From name)
 * @param subject        a one-line subject (e-mail)
 * @param body           the text exactly as it must arrive: plain text for e-mail and SMS, the JSON
 *                       document for a webhook
 * @param signingSecret  for a webhook: the secret its HMAC signature is made with; null sends it unsigned
 * @param headers        extra headers naming what the message is about (e.g. {@code X-Forewarn-Warning-Id})
 */
public record Message(ChannelType channel, String address, String idempotencyKey, String senderName, String subject,
                      String body, String signingSecret, Map<String, String> headers) {

    public Message {
        Violations.check().notNull(channel, "channel").notBlank(address, "address")
                .notBlank(idempotencyKey, "idempotencyKey").notNull(body, "body").orThrow();
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    @Override
    public String toString() {
        // Never the secret, and not the body: messages end up in logs.
        return "Message[" + channel + " to " + address + ", key " + idempotencyKey + "]";
    }
}
