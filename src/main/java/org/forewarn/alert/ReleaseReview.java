package org.forewarn.alert;

import java.util.List;

/**
 * What a cleared approver sees before releasing a message: the message, every public field of it
 * with what the protected-content check found there, and the findings on their own.
 *
 * @param replaces the published message an Update or Cancel would replace, if any
 * @param clean    whether nothing was found (the message can be released as it is)
 * @param fields   every text that would leave the building, each with its leaks (usually none)
 * @param findings the fields that reveal protected content
 */
public record ReleaseReview(AlertView alert, AlertView replaces, boolean clean, List<ReleaseFinding> fields,
                            List<ReleaseFinding> findings) {

    public ReleaseReview {
        fields = List.copyOf(fields);
        findings = List.copyOf(findings);
    }
}
