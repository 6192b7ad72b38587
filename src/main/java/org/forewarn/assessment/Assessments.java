package org.forewarn.assessment;

import java.time.Instant;
import org.forewarn.shared.SqlCondition;
import org.forewarn.shared.Keyset;
import org.forewarn.shared.KeysetSql;
import org.forewarn.shared.Page;
import org.forewarn.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.forewarn.identity.CurrentUser;
import org.forewarn.shared.DomainException;
import org.forewarn.threat.ThreatStatus;
import org.forewarn.threat.ThreatSummary;
import org.forewarn.threat.Threats;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The assessment module's front door. */
@Service
@EnableConfigurationProperties(AssessmentProperties.class)
public class Assessments {

    private final Determinations determinations;
    private final Threats threats;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AssessmentProperties properties;
    private final JdbcClient jdbc;

    Assessments(Determinations determinations, Threats threats, CurrentUser currentUser, Clock clock,
            AssessmentProperties properties, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.determinations = determinations;
        this.threats = threats;
        this.currentUser = currentUser;
        this.clock = clock;
        this.properties = properties;
    }

    @Transactional
    public DeterminationView propose(UUID threatId, ProposeDetermination proposal) {
        ThreatSummary threat = threats.summary(threatId);
        if (threat.status() == ThreatStatus.CLOSED) {
            throw DomainException.conflict("threat-closed", "The threat is closed; reopen it before assessing it again.");
        }
        if (determinations.existsByThreatIdAndState(threatId, DeterminationState.PROPOSED)) {
            throw DomainException.conflict("determination-pending", "A determination for this threat is already "
                    + "awaiting approval. Wait for the approver's decision before proposing another.");
        }
        DutyToWarnPolicy.check(proposal, threat);
        return determinations.save(Determination.propose(threatId, proposal, currentUser.name(), clock.instant()))
                .view();
    }

    @Transactional
    public DeterminationView decide(UUID determinationId, DecideDetermination decision) {
        Determination d = load(determinationId);
        threats.requireCurrentUserCleared(d.threatId(), "decide a determination");
        d.decide(decision, currentUser.actor(), clock.instant(), properties.warningDeadline());
        return determinations.save(d).view();
    }

    public DeterminationView view(UUID determinationId) {
        return load(determinationId).view();
    }

    /** One page of the case's determinations, most recently proposed first (ties by id). */
    public Page<DeterminationView> page(UUID threatId, PageRequest request) {
        threats.summary(threatId);
        KeysetSql keyset = KeysetSql.over("proposed_at", "id", request);
        List<UUID> ids = keyset.ids(jdbc, "determinations",
                SqlCondition.of("threat_id = :threatId", "threatId", threatId));
        List<Determination> ordered = KeysetSql.inOrder(ids, determinations.findAllById(ids), Determination::id);
        return Page.of(ordered, request, d -> new Keyset(d.proposedAt(), d.id())).map(Determination::view);
    }

    public List<DeterminationView> forThreat(UUID threatId) {
        threats.summary(threatId);
        return determinations.findByThreatIdOrderByProposedAt(threatId).stream().map(Determination::view).toList();
    }

    /** The threat's duty to warn, if the determination in force is an approved DUTY_TO_WARN. */
    public Optional<ApprovedDuty> dutyInForce(UUID threatId) {
        return determinations.findInForce(threatId).filter(d -> d.outcome() == Outcome.DUTY_TO_WARN)
                .map(Assessments::duty);
    }

    /**
     * The duties to warn in force whose deadline is at or before {@code until}, earliest first, on the
     * cases that also meet {@code condition} (written, like a
     * {@link org.forewarn.threat.ThreatListCondition}, against {@code threats.id}). The due queue asks
     * this instead of walking every duty the office ever had.
     */
    public List<ApprovedDuty> dutiesDueBy(Instant until, SqlCondition condition) {
        return jdbc.sql("""
                select d.id, d.threat_id, d.decided_at, d.warn_by
                from determinations d cross join lateral (select d.threat_id as id) threats
                where d.state = 'APPROVED' and d.outcome = 'DUTY_TO_WARN' and d.warn_by <= :until
                  and not exists (select 1 from determinations later
                                  where later.threat_id = d.threat_id and later.state = 'APPROVED'
                                    and later.decided_at > d.decided_at)
                  and (""" + condition.sql() + ") order by d.warn_by")
                .params(condition.params()).param("until", java.sql.Timestamp.from(until))
                .query((rs, n) -> new ApprovedDuty(rs.getObject("id", UUID.class), rs.getObject("threat_id", UUID.class),
                        rs.getTimestamp("decided_at").toInstant(), rs.getTimestamp("warn_by").toInstant()))
                .list();
    }

    /**
     * A condition on {@code threats.id} for other modules' list queries: the determination in force is
     * a duty to warn whose deadline is at or before {@code until} (including deadlines already missed).
     */
    public SqlCondition dutyDeadlineBy(Instant until) {
        return SqlCondition.of("""
                exists (select 1 from determinations d
                        where d.threat_id = threats.id and d.state = 'APPROVED' and d.outcome = 'DUTY_TO_WARN'
                          and d.warn_by <= :assessmentDeadlineUntil
                          and not exists (select 1 from determinations later
                                          where later.threat_id = d.threat_id and later.state = 'APPROVED'
                                            and later.decided_at > d.decided_at))""",
                "assessmentDeadlineUntil", java.sql.Timestamp.from(until));
    }

    /**
     * An SQL expression for other modules' reports: the deadline of the duty to warn in force on the
     * case whose id is {@code threatIdColumn} (e.g. {@code c.threat_id}); null when no duty to warn is in
     * force or it has no deadline. Compare it in a condition ({@code <expression> < w.delivered_at}).
     */
    public SqlCondition dutyDeadlineOf(String threatIdColumn) {
        return SqlCondition.of("""
                (select duty.warn_by from determinations duty
                 where duty.threat_id = %1$s and duty.state = 'APPROVED' and duty.outcome = 'DUTY_TO_WARN'
                   and not exists (select 1 from determinations later
                                   where later.threat_id = %1$s and later.state = 'APPROVED'
                                     and later.decided_at > duty.decided_at))""".formatted(threatIdColumn));
    }

    /** How close a deadline must be to count as near. */
    public Duration deadlineNear() {
        return properties.deadlineNear();
    }

    List<Determination> awaitingApproval() {
        return determinations.findByStateOrderByProposedAt(DeterminationState.PROPOSED);
    }

    private static ApprovedDuty duty(Determination d) {
        return new ApprovedDuty(d.id(), d.threatId(), d.decidedAt(), d.warnBy());
    }

    private Determination load(UUID id) {
        return determinations.findById(id).orElseThrow(() -> DomainException.notFound("determination", id));
    }
}
