package org.forewarn.warning;

import java.util.List;
import java.util.UUID;

import org.forewarn.shared.DomainEvent;
import org.forewarn.shared.EventType;

/**
 * Someone checked a text against a case's protected details (explicitly, or by drafting a warning).
 * Records that the check happened and what it found, never the text or the findings themselves:
 * a trail of who probed the protected details, and how often.
 *
 * @param purpose   CHECK (the tearline-check endpoint or the composer) or DRAFT (a draft refused or accepted)
 * @param leakKinds the kinds of protected content found, one per leak
 */
@EventType("TearlineChecked")
public record TearlineChecked(UUID threatId, String checkedBy, String purpose, int textLength, boolean clean,
                              List<String> leakKinds) implements DomainEvent {

    @Override
    public String subjectType() {
        return "Threat";
    }

    @Override
    public UUID subjectId() {
        return threatId;
    }

    @Override
    public UUID caseId() {
        return threatId;
    }
}
