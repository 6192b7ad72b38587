package org.forewarn.attribution;

import java.util.Map;

/** Claims as the API takes them, for tests outside this package. */
public final class ClaimsTestData {

    private ClaimsTestData() {
    }

    /** An attribution by {@code party} to {@code subject}, graded C3, made 22 March 2024. */
    public static Map<String, Object> attribution(String party, String subject) {
        Map<String, Object> claim = ClaimsTests.claim("ATTRIBUTION", party);
        claim.put("subject", subject);
        return claim;
    }
}
