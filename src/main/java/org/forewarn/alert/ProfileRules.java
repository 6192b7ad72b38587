package org.forewarn.alert;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.forewarn.shared.Violations;

/**
 * What one national CAP profile adds to the CAP document and requires of a message: one
 * implementation per {@link CapProfile}. The values come from the profile specifications, cited in
 * each implementation and in docs/alerting.md.
 */
interface ProfileRules {

    /** The profile as people know it ("IPAWS v1.0"), for messages. */
    String title();

    /** The {@code <code>} that says the message follows this profile. */
    String code();

    /** This profile's {@code <eventCode>} for the kind of event. */
    CapValue eventCode(EventKind kind);

    /** The {@code <event>} text the profile prescribes for the kind, if it prescribes one. */
    default Optional<String> event(EventKind kind) {
        return Optional.empty();
    }

    /** Whether the profile asks for the document to be signed (an enveloped XML signature, {@link CapSigner}). */
    default boolean signed() {
        return false;
    }

    /** Whether a Cancel may carry {@code <effective>}. */
    default boolean allowsEffectiveOnCancel() {
        return true;
    }

    /** Adds to {@code v} what the message lacks for this profile, each under the field to fix. */
    void check(PublicAlert message, Violations v);

    /**
     * The area must have a geocode of this {@code valueName} whose value has the given form.
     *
     * @param form what a valid value looks like, for the message ("6 digits, such as 011001")
     */
    default void requireGeocode(PublicAlert message, String valueName, Pattern valid, String form, Violations v) {
        Map<String, String> geocodes = message.area().geocodes();
        String value = geocodes.get(valueName);
        String field = "area.geocodes." + valueName;
        if (value == null) {
            v.add(field, title() + " requires a " + valueName + " geocode on the area: " + form);
        } else if (!valid.matcher(value).matches()) {
            v.add(field, "'" + value + "' is not a " + valueName + " geocode as " + title() + " requires: " + form);
        }
    }
}
