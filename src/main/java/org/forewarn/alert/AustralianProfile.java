package org.forewarn.alert;

import java.util.Optional;

import org.forewarn.shared.Violations;

/**
 * CAP v1.2 Australia Profile, CAP-AU-STD 1.0 (OASIS EDXL-CAP1.2-AU Committee Specification 02,
 * 2013): {@code <code>urn:oasis:names:tc:emergency:cap:1.2:profile:CAP-AU:1.0</code>}; one event
 * code from the Australian event list AUeventLIST 1.0 (valueName
 * {@code https://govshare.gov.au/xmlui/handle/10772/6495}) with the {@code <event>} that list gives
 * it, the same in every info block; no {@code <effective>} when the message is a Cancel. A
 * recognised geocode is only recommended, so none is required here.
 */
final class AustralianProfile implements ProfileRules {

    static final String EVENT_LIST = "https://govshare.gov.au/xmlui/handle/10772/6495";

    @Override
    public String title() {
        return "CAP-AU";
    }

    @Override
    public String code() {
        return "urn:oasis:names:tc:emergency:cap:1.2:profile:CAP-AU:1.0";
    }

    @Override
    public CapValue eventCode(EventKind kind) {
        return new CapValue(EVENT_LIST, switch (kind) {
            case TERRORISM -> "terrorism";
            case CIVIL_EMERGENCY -> "civilEmerg";
            case DANGEROUS_PERSON -> "dangerPerson";
        });
    }

    /** The Tier II event names of AUeventLIST 1.0 (all in category Security, as Forewarn's alerts are). */
    @Override
    public Optional<String> event(EventKind kind) {
        return Optional.of(switch (kind) {
            case TERRORISM -> "Terrorism";
            case CIVIL_EMERGENCY -> "Civil Emergency";
            case DANGEROUS_PERSON -> "Dangerous Person";
        });
    }

    @Override
    public boolean allowsEffectiveOnCancel() {
        return false;
    }

    @Override
    public void check(PublicAlert message, Violations v) {
        // CAP-AU requires nothing of a message beyond what the document gets from the rules above.
    }
}
