package org.forewarn.alert;

import java.time.Instant;
import java.time.ZoneId;
import java.util.regex.Pattern;

import org.forewarn.shared.Violations;

/**
 * CAP v1.2 USA Integrated Public Alert and Warning System Profile Version 1.0 (OASIS, 2009,
 * docs.oasis-open.org/emergency/cap/v1.2/ipaws-profile/v1.0/): {@code <code>IPAWSv1.0</code>};
 * exactly one {@code <eventCode>} named "SAME" with a three-letter EAS event code; a geocode named
 * "SAME" with a 6-digit SAME location code (extended FIPS, PSSCCC); {@code <sent>} and
 * {@code <expires>} with the time zone offset (a zero offset is refused: no US zone has one); and
 * the message signed with an enveloped XML signature ({@link CapSigner}).
 */
final class IpawsProfile implements ProfileRules {

    private static final Pattern SAME_LOCATION = Pattern.compile("\\d{6}");

    @Override
    public String title() {
        return "IPAWS v1.0";
    }

    @Override
    public String code() {
        return "IPAWSv1.0";
    }

    @Override
    public boolean signed() {
        return true;
    }

    /** EAS event codes (47 CFR 11.31): Civil Danger Warning, Civil Emergency Message, Law Enforcement Warning. */
    @Override
    public CapValue eventCode(EventKind kind) {
        return new CapValue("SAME", switch (kind) {
            case TERRORISM -> "CDW";
            case CIVIL_EMERGENCY -> "CEM";
            case DANGEROUS_PERSON -> "LEW";
        });
    }

    @Override
    public void check(PublicAlert message, Violations v) {
        requireGeocode(message, "SAME", SAME_LOCATION,
                "a SAME location code of 6 digits, PSSCCC (part, state FIPS, county FIPS), such as 011001", v);
        ZoneId zone = ZoneId.of(message.timeZone());
        for (Instant at : new Instant[] {message.effective(), message.expires()}) {
            if (zone.getRules().getOffset(at).getTotalSeconds() == 0) {
                v.add("timeZone", title() + " requires times with the area's own UTC offset, and " + zone
                        + " has offset 0 at " + at + "; give the IANA time zone of the area, such as America/New_York");
                return;
            }
        }
    }
}
