package org.forewarn.audit;

import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;

final class AuditRows {

    static final RowMapper<AuditEntry> ENTRY = (rs, n) -> new AuditEntry(
            rs.getLong("sequence"),
            rs.getTimestamp("recorded_at").toInstant(),
            rs.getTimestamp("occurred_at").toInstant(),
            rs.getString("event_type"),
            rs.getString("actor"),
            rs.getString("subject_type"),
            rs.getObject("subject_id", UUID.class),
            rs.getObject("case_id", UUID.class),
            rs.getString("payload"),
            rs.getString("prev_hash"),
            rs.getString("hash"));

    private AuditRows() {
    }
}
