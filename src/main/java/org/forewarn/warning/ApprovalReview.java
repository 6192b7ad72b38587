package org.forewarn.warning;

import org.forewarn.threat.ProtectedDetails;

/**
 * What a cleared approver sees before signing a warning off: the warning, the protected details
 * its text must not reveal, side by side, and what the tearline check finds in the text now.
 */
public record ApprovalReview(WarningView warning, ProtectedDetails protectedDetails, TearlineResult tearline) {
}
