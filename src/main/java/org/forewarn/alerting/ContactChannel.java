package org.forewarn.alerting;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

import org.forewarn.shared.Violations;

/** One way to reach an enrolled person: an e-mail address, a phone number (E.164) or a webhook URL. */
public record ContactChannel(AlertChannel type, String address) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+[1-9][0-9]{6,14}");
    static final int MAX_ADDRESS = 1000;

    public ContactChannel {
        address = address == null ? null : address.strip();
        Violations.check().notNull(type, "type").notBlank(address, "address").maxLength(address, MAX_ADDRESS, "address")
                .orThrow();
        String problem = problem(type, address);
        if (problem != null) {
            Violations.check().add("address", problem).orThrow();
        }
    }

    /** What is wrong with this address for this channel, or null. */
    private static String problem(AlertChannel type, String address) {
        return switch (type) {
            case EMAIL -> EMAIL.matcher(address).matches() ? null : "must be an e-mail address";
            case SMS -> PHONE.matcher(address).matches() ? null
                    : "must be a phone number in international form, e.g. +79161234567";
            case WEBHOOK -> isHttpUrl(address) ? null : "must be an http:// or https:// URL";
        };
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
}
