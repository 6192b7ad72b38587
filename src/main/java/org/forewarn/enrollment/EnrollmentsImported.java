package org.forewarn.enrollment;

import java.util.UUID;

import org.forewarn.shared.DomainEvent;

/** A CSV import: how many people and locations came in, and how many lines were refused. */
@org.forewarn.shared.EventType("EnrollmentsImported")
public record EnrollmentsImported(UUID importId, long people, long locations, long rejectedLines, String importedBy)
        implements DomainEvent {

    @Override
    public String subjectType() {
        return "EnrollmentImport";
    }

    @Override
    public UUID subjectId() {
        return importId;
    }

    @Override
    public UUID caseId() {
        return null;
    }
}
