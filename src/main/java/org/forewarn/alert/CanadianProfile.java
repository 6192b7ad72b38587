package org.forewarn.alert;

import java.util.regex.Pattern;

import org.forewarn.shared.Violations;

/**
 * The Canadian Profile of CAP, CAP-CP (Public Safety Canada; the version Canadian alerting sends
 * today): {@code <code>profile:CAP-CP:0.4</code>}; an event code from the CAP-CP event list
 * ({@code profile:CAP-CP:Event:0.4}); every area with a geocode from the CAP-CP location list
 * ({@code profile:CAP-CP:Location:0.3}): a Statistics Canada Standard Geographical Classification
 * code; times with the time zone field.
 */
final class CanadianProfile implements ProfileRules {

    static final String LOCATION = "profile:CAP-CP:Location:0.3";
    /** A province or territory (2 digits), a census division (4) or a census subdivision (7). */
    private static final Pattern SGC = Pattern.compile("\\d{2}|\\d{4}|\\d{7}");

    @Override
    public String title() {
        return "CAP-CP";
    }

    @Override
    public String code() {
        return "profile:CAP-CP:0.4";
    }

    @Override
    public CapValue eventCode(EventKind kind) {
        return new CapValue("profile:CAP-CP:Event:0.4", switch (kind) {
            case TERRORISM -> "terrorism";
            case CIVIL_EMERGENCY -> "civilEmerg";
            case DANGEROUS_PERSON -> "dangerPerson";
        });
    }

    @Override
    public void check(PublicAlert message, Violations v) {
        requireGeocode(message, LOCATION, SGC, "a Standard Geographical Classification code of 2, 4 or 7 digits "
                + "(province, census division or census subdivision), such as 3506008 for Ottawa", v);
    }
}
