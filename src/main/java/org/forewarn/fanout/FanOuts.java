package org.forewarn.fanout;


import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.forewarn.alert.AlertPublished;
import org.forewarn.delivery.IdempotencyKeys;
import org.forewarn.shared.ChannelType;
import org.forewarn.shared.DomainException;
import org.forewarn.shared.Keyset;
import org.forewarn.shared.KeysetSql;
import org.forewarn.shared.Page;
import org.forewarn.shared.PageRequest;
import org.forewarn.shared.SqlCondition;
import org.forewarn.shared.SqlFilter;
import org.forewarn.shared.ScenarioClock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Fan-outs: one per published message. Starting one records it in the publishing transaction, so
 * a crash right after publishing still leaves a fan-out to resume; matching and sending run in the
 * background and resume by themselves after a restart.
 */
@Service
@EnableConfigurationProperties(FanOutProperties.class)
public class FanOuts {

    private final JdbcClient jdbc;
    private final FanOutMatcher matcher;
    private final FanOutSender sender;
    private final ScenarioClock clock;

    FanOuts(JdbcClient jdbc, FanOutMatcher matcher, FanOutSender sender, ScenarioClock clock) {
        this.jdbc = jdbc;
        this.matcher = matcher;
        this.sender = sender;
        this.clock = clock;
    }

    /**
     * Every message that goes public — a new alert, an update, a cancel — is fanned out to the people
     * in its area, matched by where they are when it was sent. Recorded in the publishing
     * transaction, so a crash right after publishing still leaves a fan-out to resume.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void alertPublished(AlertPublished published) {
        UUID alertId = published.alertId();
        Instant referenceTime = published.sent();
        jdbc.sql("""
                insert into fanouts (alert_id, status, reference_time, started_at)
                values (:alert, 'MATCHING', :reference, :now) on conflict do nothing""")
                .param("alert", alertId).param("reference", Timestamp.from(referenceTime))
                .param("now", Timestamp.from(clock.wallClockInstant())).update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                matcher.matchSoon(alertId);
            }
        });
    }

    public FanOutProgress progress(UUID alertId) {
        return find(alertId).orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "no-fanout",
                "There is no fan-out for this alert: it has not been published."));
    }

    public Optional<FanOutProgress> find(UUID alertId) {
        return jdbc.sql("select * from fanouts where alert_id = :alert").param("alert", alertId)
                .query((rs, n) -> {
                    long messages = rs.getLong("messages");
                    long sent = rs.getLong("sent");
                    long delivered = rs.getLong("delivered");
                    long failed = rs.getLong("failed");
                    Instant started = instant(rs.getTimestamp("started_at"));
                    Instant completed = instant(rs.getTimestamp("completed_at"));
                    Instant lastDelivered = instant(rs.getTimestamp("last_delivered_at"));
                    Instant end = completed != null ? completed : null;
                    return new FanOutProgress(alertId, FanOutStatus.valueOf(rs.getString("status")), started,
                            instant(rs.getTimestamp("matched_at")), completed, lastDelivered,
                            rs.getLong("matched_people"), messages, messages - sent - delivered - failed, sent,
                            delivered, failed, end != null ? Duration.between(started, end).toMillis() : null);
                }).optional();
    }

    /**
     * One page of a fan-out's deliveries (personal data: for consular staff only), highest id (most
     * recently queued) first, through the (alert_id, id) index at any depth (the keyset is written over
     * that pair: see {@link KeysetSql#conditionWithin}). The status is not indexed (so recording an
     * outcome stays a HOT update): a rare status is found by walking the fan-out.
     */
    public Page<AlertDeliveryView> deliveries(UUID alertId, AlertDeliveryStatus status, PageRequest request) {
        KeysetSql keyset = KeysetSql.overSequence("id", request);
        SqlCondition where = SqlFilter.where().and("status = :status", "status", status).condition();
        List<AlertDeliveryView> rows = keyset.bind(jdbc.sql("select * from alert_deliveries where "
                        + keyset.conditionWithin("alert_id", "alert") + " and " + where.sql()
                        + keyset.orderAndLimitWithin("alert_id")).param("alert", alertId).params(where.params()))
                .query((rs, n) -> new AlertDeliveryView(rs.getLong("id"), rs.getObject("enrollee_id", UUID.class),
                        ChannelType.valueOf(rs.getString("channel")), rs.getString("address"),
                        AlertDeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                        IdempotencyKeys.forAlert(alertId, rs.getObject("enrollee_id", UUID.class),
                                ChannelType.valueOf(rs.getString("channel"))),
                        rs.getString("last_error"), instant(rs.getTimestamp("sent_at")),
                        instant(rs.getTimestamp("delivered_at"))))
                .list();
        return Page.of(rows, request, d -> Keyset.ofSequence(d.id()));
    }

    /** Wakes the background work now (after a restart, or in tests). */
    public void resume() {
        matcher.resumeUnfinished();
        sender.wake();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
