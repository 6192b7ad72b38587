package org.forewarn.intake;

import java.util.UUID;

/** Something that happened to one piece of incoming reporting; outside any case unless it became one. */
public interface ReportingEvent extends IntakeEvent {

    UUID reportingId();

    @Override
    default String subjectType() {
        return "IncomingReporting";
    }

    @Override
    default UUID subjectId() {
        return reportingId();
    }

    @Override
    default UUID caseId() {
        return null;
    }
}
