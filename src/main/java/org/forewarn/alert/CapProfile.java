package org.forewarn.alert;

/**
 * A national CAP profile an alert follows, on top of CAP 1.2, so that the country's alerting
 * aggregator accepts it. A consular officer chooses them per alert; {@link CapDocument} then adds
 * what each one requires (its {@code <code>}, event code and geocodes, times with the local
 * offset, no {@code <effective>} on a Cancel where forbidden, and a signature for IPAWS), and
 * {@link ProfileCheck} refuses a message that lacks what the profile needs. See docs/alerting.md.
 */
public enum CapProfile {

    /** US: CAP v1.2 USA IPAWS Profile v1.0 (OASIS Committee Specification 01, 2009). */
    IPAWS_V1(new IpawsProfile()),
    /** Canada: the Canadian Profile of CAP, CAP-CP (profile version 0.4, location list 0.3). */
    CAP_CP(new CanadianProfile()),
    /** Australia: CAP v1.2 Australia Profile, CAP-AU-STD 1.0 (OASIS Committee Specification 02, 2013). */
    CAP_AU(new AustralianProfile());

    private final ProfileRules rules;

    CapProfile(ProfileRules rules) {
        this.rules = rules;
    }

    ProfileRules rules() {
        return rules;
    }
}
