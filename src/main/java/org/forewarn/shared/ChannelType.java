package org.forewarn.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The ways Forewarn gets a message to someone: to a warning's recipient, or to a person enrolled for
 * public alerts. Each automatic one has exactly one implementation in the delivery engine; what an
 * address must look like is said here, once, for every module that stores one.
 */
public enum ChannelType {
    /** An e-mail through the configured SMTP relay. */
    EMAIL,
    /** A text message through the configured HTTP SMS gateway; the address is an E.164 phone number. */
    SMS,
    /** A signed JSON POST to the receiver's HTTP(S) endpoint. */
    WEBHOOK,
    /** Handed over in person or through a liaison link; a liaison officer records it. */
    LIAISON,
    /**
     * STIX 2.1 through TAXII 2.1. The address is either the username of the partner account that reads
     * the recipient's collection on Forewarn's own TAXII server (delivered when it first retrieves the
     * warning), or the URL of a collection on the partner's own TAXII server, which the delivery engine
     * POSTs the warning to (delivered when the status resource says every object was added).
     */
    TAXII;

    /** The channels the delivery engine sends on by itself (every one but a liaison hand-over). */
    public static final List<ChannelType> AUTOMATIC = List.of(EMAIL, SMS, WEBHOOK);

    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE_NUMBER = Pattern.compile("\\+[1-9][0-9]{6,14}");

    public boolean automatic() {
        return this != LIAISON && this != TAXII;
    }

    /** What is wrong with this (stripped) address for this channel, or null when it is fine. */
    public String addressProblem(String address) {
        return switch (this) {
            case EMAIL -> EMAIL_ADDRESS.matcher(address).matches() ? null : "must be an e-mail address";
            case SMS -> PHONE_NUMBER.matcher(address).matches() ? null
                    : "must be a phone number in international form, e.g. +79161234567";
            case WEBHOOK -> isHttpUrl(address) ? null : "must be an http:// or https:// URL";
            case LIAISON -> null;
            case TAXII -> pushesTo(address) ? org.forewarn.shared.taxii.TaxiiCollection.problemWith(address)
                    : address.length() <= 200 && !address.contains(" ") ? null
                    : "must be the username of the partner account that reads its collection here, or the URL of "
                            + "a collection on the partner's own TAXII server";
        };
    }

    /** Whether a TAXII address is a collection on the partner's own server (else a partner account here). */
    public static boolean pushesTo(String taxiiAddress) {
        return taxiiAddress != null && taxiiAddress.contains("://");
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
