package org.forewarn.recipient;

import org.forewarn.shared.ChannelType;

import org.forewarn.shared.Violations;

/**
 * One way to reach a recipient.
 *
 * @param secret for a WEBHOOK: the shared secret the HMAC signature is made with; for a TAXII channel to
 *               the partner's own server: {@code username:password} for HTTP Basic there, if it asks.
 *               Stored, never shown again
 */
public record Channel(ChannelType type, String address, String secret) {

    public Channel {
        Violations v = Violations.check().notNull(type, "type").notBlank(address, "address")
                .maxLength(address, 1000, "address");
        String problem = type != null && address != null ? type.addressProblem(address.strip()) : null;
        v.require(problem == null, "address", problem);
        if (type == ChannelType.WEBHOOK) {
            v.require(secret != null && secret.length() >= 16, "secret",
                    "is required for a WEBHOOK: at least 16 characters, shared with the recipient to check signatures");
        }
        boolean taxiiPush = type == ChannelType.TAXII && ChannelType.pushesTo(address);
        if (taxiiPush && secret != null) {
            v.require(secret.indexOf(':') > 0, "secret", "for a partner's TAXII server: username:password for HTTP "
                    + "Basic, or none");
        }
        if (type != ChannelType.WEBHOOK && !taxiiPush) {
            v.require(secret == null, "secret", "is only used for WEBHOOK channels and partners' TAXII servers");
        }
        v.orThrow();
        address = address.strip();
    }

    ChannelView view() {
        return new ChannelView(type, address, type == ChannelType.WEBHOOK || secret != null ? Boolean.TRUE : null);
    }

    @Override
    public String toString() {
        return "Channel[" + type + ", " + address + "]";
    }
}
