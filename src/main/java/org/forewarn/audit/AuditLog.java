package org.forewarn.audit;

import org.forewarn.shared.Keyset;
import org.forewarn.shared.ListCount;
import org.forewarn.shared.SqlCondition;
import org.forewarn.shared.PageRequest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.forewarn.identity.CurrentUser;
import org.forewarn.shared.DomainEvent;
import org.forewarn.shared.EventType;
import org.forewarn.shared.ScenarioClock;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes every domain event to the chain inside the transaction that caused it: if the change
 * rolls back, so does its entry, and no change commits without one. Each entry has the time it
 * was recorded (the wall clock) and the time the event happened in the case (the application
 * clock; they differ only when a scenario such as the demo is replayed).
 */
@Component
class AuditLog {

    private static final ClassValue<String> DECLARED_TYPES = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            EventType declared = type.getAnnotation(EventType.class);
            if (declared == null || declared.value().isBlank()) {
                throw new IllegalStateException(type.getName() + " declares no @EventType: every domain event "
                        + "names the type it is recorded under, so that renaming the class does not change the record");
            }
            return declared.value();
        }
    };

    private final JdbcClient jdbc;
    private final ScenarioClock clock;
    private final CurrentUser currentUser;

    AuditLog(JdbcClient jdbc, ScenarioClock clock, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /** First among the listeners, so an event is on record before anything it causes. */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    @Transactional(propagation = Propagation.MANDATORY)
    void record(DomainEvent event) {
        // Locking the head row serialises appends, so sequences stay gap-free and each entry
        // links to the one committed just before it.
        Head head = jdbc.sql("select last_sequence, last_hash from audit_head where id = 1 for update")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
        long sequence = head.sequence() + 1;
        Instant recordedAt = clock.wallClockInstant().truncatedTo(ChronoUnit.MICROS);
        Instant occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String eventType = eventType(event);
        String actor = currentUser.name();
        String payload = CanonicalJson.write(event);
        String hash = Hashes.sha256Hex(AuditEntry.hashInput(sequence, recordedAt, occurredAt, eventType, actor,
                event.subjectType(), event.subjectId(), event.caseId(), payload, head.hash()));
        jdbc.sql("""
                insert into audit_log (sequence, recorded_at, occurred_at, event_type, actor, subject_type, subject_id, case_id,
                                       payload, prev_hash, hash)
                values (:sequence, :recordedAt, :occurredAt, :eventType, :actor, :subjectType, :subjectId, :caseId,
                        :payload, :prevHash, :hash)""")
                .param("sequence", sequence)
                .param("recordedAt", java.sql.Timestamp.from(recordedAt))
                .param("occurredAt", java.sql.Timestamp.from(occurredAt))
                .param("eventType", eventType)
                .param("actor", actor)
                .param("subjectType", event.subjectType())
                .param("subjectId", event.subjectId())
                .param("caseId", event.caseId())
                .param("payload", payload)
                .param("prevHash", head.hash())
                .param("hash", hash)
                .update();
        jdbc.sql("update audit_head set last_sequence = :sequence, last_hash = :hash where id = 1")
                .param("sequence", sequence).param("hash", hash).update();
    }

    /** The name the event declares for the record; never its class name, which may change. */
    static String eventType(DomainEvent event) {
        return DECLARED_TYPES.get(event.getClass());
    }

    /**
     * Up to {@code limit + 1} entries in chain order after the request's position, or (a page before)
     * in reverse chain order before it; the position is a sequence number ({@link Keyset#ofSequence}).
     */
    List<AuditEntry> page(UUID caseId, PageRequest request) {
        boolean backward = request.backward();
        String where = request.first() ? "true" : backward ? "sequence < :position" : "sequence > :position";
        var statement = jdbc.sql("select * from audit_log where " + (caseId == null ? "true" : "case_id = :caseId")
                + " and " + where + " order by sequence" + (backward ? " desc" : "") + " limit :limit")
                .param("limit", request.limit() + 1);
        if (caseId != null) {
            statement = statement.param("caseId", caseId);
        }
        if (!request.first()) {
            statement = statement.param("position", request.from().sequence());
        }
        return statement.query(AuditRows.ENTRY).list();
    }

    /** Every entry of one case, in chain order (bounded by the case: tens to hundreds of entries). */
    List<AuditEntry> forCase(UUID caseId) {
        return jdbc.sql("select * from audit_log where case_id = :caseId order by sequence").param("caseId", caseId)
                .query(AuditRows.ENTRY).list();
    }

    ListCount count(UUID caseId) {
        return caseId == null ? ListCount.of(jdbc, "audit_log", SqlCondition.of("true"))
                : ListCount.of(jdbc, "audit_log", SqlCondition.of("case_id = :caseId", "caseId", caseId));
    }

    private record Head(long sequence, String hash) {
    }
}
