package org.forewarn.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.forewarn.identity.CurrentUser;
import org.forewarn.shared.DomainException;
import org.forewarn.shared.Keyset;
import org.forewarn.shared.KeysetSql;
import org.forewarn.shared.Page;
import org.forewarn.shared.PageRequest;
import org.forewarn.shared.SqlCondition;
import org.forewarn.threat.ReportThreat;
import org.forewarn.threat.SourceReliability;
import org.forewarn.threat.ThreatView;
import org.forewarn.threat.Threats;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The queue of partners' reports waiting for an analyst: each is turned into a threat (the analyst
 * completes what the report prefills) or dismissed with a reason, once.
 */
@Service
public class IncomingReporting {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Threats threats;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IncomingReporting(JdbcClient jdbc, Threats threats, CurrentUser currentUser, ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.threats = threats;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** One page, the most recently received first; only those in {@code status} when given. */
    public Page<ReportingView> page(ReportingStatus status, PageRequest request) {
        KeysetSql keyset = KeysetSql.over("received_at", "id", request);
        SqlCondition where = status == null ? SqlCondition.of("true")
                : SqlCondition.of("status = :status", "status", status.name());
        List<UUID> ids = keyset.ids(jdbc, "incoming_reporting", where);
        List<ReportingView> found = ids.isEmpty() ? List.of() : select("r.id in (:ids)").param("ids", ids)
                .query(IncomingReporting::view).list();
        return Page.of(KeysetSql.inOrder(ids, found, ReportingView::id), request,
                r -> new Keyset(r.receivedAt(), r.id()));
    }

    public ReportingView reporting(UUID id) {
        return select("r.id = :id").param("id", id).query(IncomingReporting::view).optional()
                .orElseThrow(() -> DomainException.notFound("incoming reporting", id));
    }

    /** Everything still waiting, oldest first: for the due queue. */
    List<ReportingView> waiting() {
        return select("r.status = 'NEW'").query(IncomingReporting::view).list().stream()
                .sorted(java.util.Comparator.comparing(ReportingView::receivedAt)).toList();
    }

    /** Turns the report into a threat, as the analyst completed it. */
    @Transactional
    public ThreatView accept(UUID id, ReportThreat threat) {
        ReportingView reporting = lockUndecided(id);
        ThreatView created = threats.report(threat);
        Instant now = clock.instant();
        jdbc.sql("update incoming_reporting set status = 'ACCEPTED', threat_id = :threat, decided_by = :by, "
                        + "decided_at = :at where id = :id")
                .param("threat", created.id()).param("by", currentUser.name()).param("at", Timestamp.from(now))
                .param("id", id).update();
        events.publishEvent(new ReportingAccepted(id, created.id(), reporting.stixId(), currentUser.name()));
        return created;
    }

    @Transactional
    public ReportingView dismiss(UUID id, DismissReporting command) {
        ReportingView reporting = lockUndecided(id);
        jdbc.sql("update incoming_reporting set status = 'DISMISSED', dismissal_reason = :reason, decided_by = :by, "
                        + "decided_at = :at where id = :id")
                .param("reason", command.reason()).param("by", currentUser.name())
                .param("at", Timestamp.from(clock.instant())).param("id", id).update();
        events.publishEvent(new ReportingDismissed(id, reporting.stixId(), command.reason(), currentUser.name()));
        return reporting(id);
    }

    /** 409 {@code already-decided} when someone else got there first. */
    private ReportingView lockUndecided(UUID id) {
        jdbc.sql("select id from incoming_reporting where id = :id for update").param("id", id).query(UUID.class)
                .optional().orElseThrow(() -> DomainException.notFound("incoming reporting", id));
        ReportingView reporting = reporting(id);
        if (reporting.status() != ReportingStatus.NEW) {
            throw DomainException.conflict("already-decided", "This report was already "
                    + reporting.status().name().toLowerCase(java.util.Locale.ROOT) + " by " + reporting.decidedBy()
                    + (reporting.threatId() == null ? "." : " (threat " + reporting.threatId() + ")."));
        }
        return reporting;
    }

    private JdbcClient.StatementSpec select(String where) {
        return jdbc.sql("select r.* from incoming_reporting r where " + where);
    }

    private static ReportingView view(ResultSet rs, int n) throws SQLException {
        var report = JSON.readTree(rs.getString("report"));
        var related = JSON.readTree(rs.getString("related"));
        Instant receivedAt = rs.getTimestamp("received_at").toInstant();
        String feedName = rs.getString("source");
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new ReportingView(rs.getObject("id", UUID.class), rs.getObject("feed_id", UUID.class), feedName,
                rs.getString("stix_id"), rs.getString("stix_version"), rs.getString("name"), report, related,
                receivedAt, ReportingStatus.valueOf(rs.getString("status")), rs.getObject("threat_id", UUID.class),
                rs.getString("decided_by"), decidedAt == null ? null : decidedAt.toInstant(),
                rs.getString("dismissal_reason"), ReportPrefill.of(report, related, feedName,
                SourceReliability.valueOf(rs.getString("source_reliability")), receivedAt));
    }
}
