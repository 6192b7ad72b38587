package org.forewarn.shared;

import java.util.UUID;

/**
 * A past-tense fact that matters to the record. Every one is written to the audit chain in the
 * transaction that caused it, under the name it declares with {@link EventType}.
 */
public interface DomainEvent {

    /** The kind of thing the event is about, e.g. {@code Threat}, {@code Warning}. */
    String subjectType();

    UUID subjectId();

    /** The threat (case) the event belongs to, or {@code null} for events outside any case. */
    UUID caseId();
}
