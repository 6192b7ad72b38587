package org.forewarn.recipient;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

import org.forewarn.shared.Violations;

/**
 * One way to reach a recipient.
 *
 * @param secret for WEBHOOK only: the shared secret the HMAC signature is made with; stored, never
 *               shown again
 */
public record Channel(ChannelType type, String address, String secret) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public Channel {
        Violations v = Violations.check().notNull(type, "type").notBlank(address, "address")
                .maxLength(address, 1000, "address");
        if (type == ChannelType.EMAIL && address != null) {
            v.require(EMAIL.matcher(address.strip()).matches(), "address", "must be an e-mail address");
        }
        if (type == ChannelType.WEBHOOK && address != null) {
            v.require(isHttpUrl(address.strip()), "address", "must be an http:// or https:// URL");
            v.require(secret != null && secret.length() >= 16, "secret",
                    "is required for a WEBHOOK: at least 16 characters, shared with the recipient to check signatures");
        }
        if (type != ChannelType.WEBHOOK) {
            v.require(secret == null, "secret", "is only used for WEBHOOK channels");
        }
        v.orThrow();
        address = address.strip();
    }

    private static boolean isHttpUrl(String address) {
        try {
            URI uri = new URI(address);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    ChannelView view() {
        return new ChannelView(type, address, type == ChannelType.WEBHOOK ? Boolean.TRUE : null);
    }

    @Override
    public String toString() {
        return "Channel[" + type + ", " + address + "]";
    }
}
