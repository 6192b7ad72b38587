package org.forewarn.review;

import org.forewarn.shared.Violations;

/**
 * A second approver's decision on a drafted statement of record.
 *
 * @param approve true to approve it for release, false to reject it
 * @param note    why; required when rejecting, so the drafter knows what to change in the next draft
 */
public record DecideStatement(Boolean approve, String note) {

    public DecideStatement {
        note = note == null || note.isBlank() ? null : note.strip();
        Violations.check()
                .notNull(approve, "approve")
                .maxLength(note, 10_000, "note")
                .text(note, "note")
                .require(!Boolean.FALSE.equals(approve) || note != null, "note",
                        "is required when rejecting: tell the drafter what to change")
                .orThrow();
    }
}
