package org.forewarn.fanout;

import org.forewarn.alert.GeoArea;
import org.forewarn.alert.Alerts;
import org.forewarn.alert.OutgoingAlert;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds everyone enrolled whose location, valid when the alert was sent, lies in the alert area:
 * an index prefilter in PostgreSQL (GiST on the location point, bounding box of the area), then
 * the exact polygon/circle test with JTS. Creates one delivery per person and channel and the
 * chunks the senders work through, all in one transaction: a crash before it commits leaves
 * nothing behind, and the matching simply runs again.
 */
@Component
class FanOutMatcher implements DisposableBean, SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(FanOutMatcher.class);
    static final int CHUNK = 1000;
    /** People queued per transaction: the senders start after the first slice, not after everyone. */
    static final int SLICE = 50_000;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Alerts alerts;
    private final FanOutSender sender;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final FanOutProperties properties;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fanout-matcher");
        t.setDaemon(true);
        return t;
    });
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fanout-matcher-lease");
        t.setDaemon(true);
        return t;
    });

    FanOutMatcher(DataSource dataSource, JdbcClient jdbc, TransactionTemplate tx, Alerts alerts,
            FanOutSender sender, ApplicationEventPublisher events, Clock clock, FanOutProperties properties) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.tx = tx;
        this.alerts = alerts;
        this.sender = sender;
        this.events = events;
        this.clock = clock;
        this.properties = properties;
    }

    void matchSoon(UUID alertId) {
        worker.execute(() -> match(alertId));
    }

    /** Every {@code forewarn.alerting.fan-out.resume-interval}, from a second after the start. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::resumeUnfinished, properties.resumeInterval(),
                java.time.Duration.ofSeconds(1)));
    }

    /**
     * Picks up fan-outs whose matching never finished (the process died, or nobody started it). Runs
     * on every node: {@link #match} claims the fan-out with a lease first, so only one node matches it.
     */
    void resumeUnfinished() {
        List<UUID> unfinished = jdbc.sql("""
                select alert_id from fanouts
                where status = 'MATCHING' and (matching_lease is null or matching_lease < :now)""")
                .param("now", Timestamp.from(clock.instant())).query(UUID.class).list();
        unfinished.forEach(this::matchSoon);
    }

    void match(UUID alertId) {
        ScheduledFuture<?> lease = null;
        try {
            Instant now = clock.instant();
            int claimed = jdbc.sql("""
                    update fanouts set matching_lease = :lease
                    where alert_id = :alert and status = 'MATCHING' and (matching_lease is null or matching_lease < :now)""")
                    .param("lease", Timestamp.from(now.plus(properties.lease())))
                    .param("alert", alertId).param("now", Timestamp.from(now)).update();
            if (claimed == 0) {
                return;
            }
            // Finding millions of people can take longer than the lease: keep it while this node works,
            // so another node's resumeUnfinished does not start matching the same alert alongside.
            long renewEvery = Math.max(200, properties.lease().toMillis() / 3);
            lease = heartbeat.scheduleWithFixedDelay(() -> renewMatchingLease(alertId), renewEvery, renewEvery,
                    TimeUnit.MILLISECONDS);
            OutgoingAlert alert = alerts.outgoing(alertId);
            Instant reference = jdbc.sql("select reference_time from fanouts where alert_id = :alert")
                    .param("alert", alertId).query(Timestamp.class).single().toInstant();
            Ids matched = tx.execute(status -> candidates(DataSourceUtils.getConnection(dataSource), alert.area(),
                    reference));
            long messages = 0;
            for (int from = 0; from < matched.size; from += SLICE) {
                int first = from;
                int to = Math.min(matched.size, from + SLICE);
                messages += tx.execute(status -> queue(alert, matched, first, to, first == 0));
                sender.wake();
            }
            long total = messages;
            tx.executeWithoutResult(status -> finish(alert, total));
        } catch (RuntimeException e) {
            log.error("Matching for alert {} failed; it will be retried", alertId, e);
        } finally {
            if (lease != null) {
                lease.cancel(false);
            }
        }
    }

    private void renewMatchingLease(UUID alertId) {
        try {
            jdbc.sql("update fanouts set matching_lease = :lease where alert_id = :alert and status = 'MATCHING'")
                    .param("lease", Timestamp.from(clock.instant().plus(properties.lease())))
                    .param("alert", alertId).update();
        } catch (RuntimeException e) {
            log.warn("Could not renew the matching lease of alert {}: {}", alertId, e.getMessage());
        }
    }

    /**
     * Queues the messages of one slice of the people found and cuts them into chunks, in one
     * transaction; the senders start on them as soon as it commits, while the next slice is queued.
     * A crash between slices leaves some queued: matching runs again, and what is already queued
     * (and its chunks) stays as it is ({@code on conflict do nothing}; chunks only for ids not yet in one).
     *
     * @return how many messages this slice queued
     */
    private long queue(OutgoingAlert alert, Ids matched, int from, int to, boolean firstSlice) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            try (var statement = connection.createStatement()) {
                statement.execute("create temp table if not exists matched (enrollee_id uuid) on commit drop");
            }
            StringBuilder copy = new StringBuilder((to - from) * 37);
            for (int i = from; i < to; i++) {
                copy.append(new UUID(matched.msb[i], matched.lsb[i])).append('\n');
            }
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy matched from stdin",
                    new StringReader(copy.toString()));
            Instant now = clock.instant();
            long queued = jdbc.sql("""
                    insert into alert_deliveries (alert_id, enrollee_id, channel, address, language, status,
                                                  next_attempt_at)
                    select :alert, e.id, c.channel, c.address, e.language, 'QUEUED', :now
                    from (select distinct enrollee_id from matched) m
                    join enrollees e on e.id = m.enrollee_id
                    cross join lateral (values ('EMAIL', e.email), ('SMS', e.phone), ('WEBHOOK', e.webhook_url))
                        as c(channel, address)
                    where c.address is not null
                    order by e.id, c.channel
                    on conflict (alert_id, enrollee_id, channel) do nothing""")
                    .param("alert", alert.alertId()).param("now", Timestamp.from(now)).update();
            jdbc.sql("""
                    insert into fanout_chunks (alert_id, first_id, last_id, status, next_attempt_at)
                    select :alert, min(id), max(id), 'READY', :now
                    from (select id, (row_number() over (order by id) - 1) / :chunk as bucket
                          from alert_deliveries
                          where alert_id = :alert
                            and id > coalesce((select max(last_id) from fanout_chunks where alert_id = :alert), 0)
                         ) numbered
                    group by bucket
                    on conflict do nothing""")
                    .param("alert", alert.alertId()).param("now", Timestamp.from(now)).param("chunk", CHUNK).update();
            jdbc.sql("update fanouts set messages = messages + :queued, matching_lease = :lease where alert_id = :alert")
                    .param("queued", queued).param("alert", alert.alertId())
                    .param("lease", Timestamp.from(clock.instant().plus(properties.lease()))).update();
            if (firstSlice) {
                // Fresh statistics, so the senders' range queries use the primary key rather than
                // scanning the whole fan-out per chunk.
                jdbc.sql("analyze alert_deliveries").update();
                jdbc.sql("analyze fanout_chunks").update();
            }
            return queued;
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Queueing matched people failed", e);
        }
    }

    /** Matching is over: the fan-out is SENDING (or COMPLETED when nobody was found, or all is already sent). */
    private void finish(OutgoingAlert alert, long queuedNow) {
        Instant now = clock.instant();
        jdbc.sql("analyze alert_deliveries").update();
        long people = jdbc.sql("select count(distinct enrollee_id) from alert_deliveries where alert_id = :alert")
                .param("alert", alert.alertId()).query(Long.class).single();
        long messages = jdbc.sql("select count(*) from alert_deliveries where alert_id = :alert")
                .param("alert", alert.alertId()).query(Long.class).single();
        jdbc.sql("""
                update fanouts set status = :status, matched_at = :now, matched_people = :people,
                                   messages = :messages, matching_lease = null,
                                   completed_at = case when :messages = 0 then cast(:now as timestamptz) end
                where alert_id = :alert and status = 'MATCHING'""")
                .param("status", messages == 0 ? "COMPLETED" : "SENDING").param("now", Timestamp.from(now))
                .param("people", people).param("messages", messages).param("alert", alert.alertId()).update();
        events.publishEvent(new AlertFannedOut(alert.alertId(), alert.threatId(), people, messages));
        log.info("Alert {}: {} people in the area, {} messages to send ({} queued by this pass)", alert.alertId(),
                people, messages, queuedNow);
        // The senders may have finished every chunk while matching went on: then nobody else will.
        sender.completeIfDone(alert);
    }

    /** Ids of people with a location valid at the reference time inside the area. */
    private static Ids candidates(Connection connection, GeoArea area, Instant reference) {
        Ids ids = new Ids();
        try (PreparedStatement query = connection.prepareStatement("""
                select enrollee_id, lat, lon from enrollee_locations
                where geo <@ box(point(?, ?), point(?, ?))
                  and (valid_from is null or valid_from <= ?) and (valid_to is null or valid_to >= ?)""")) {
            query.setFetchSize(10_000);
            query.setDouble(1, area.minLon());
            query.setDouble(2, area.minLat());
            query.setDouble(3, area.maxLon());
            query.setDouble(4, area.maxLat());
            Timestamp at = Timestamp.from(reference);
            query.setTimestamp(5, at);
            query.setTimestamp(6, at);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    if (area.covers(rs.getDouble(2), rs.getDouble(3))) {
                        ids.add(rs.getObject(1, UUID.class));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Finding the people in the area failed", e);
        }
        return ids;
    }

    /** A compact growable list of UUIDs (two longs each), for a million people without a million objects. */
    private static final class Ids {
        long[] msb = new long[1024];
        long[] lsb = new long[1024];
        int size;

        void add(UUID id) {
            if (size == msb.length) {
                msb = Arrays.copyOf(msb, size * 2);
                lsb = Arrays.copyOf(lsb, size * 2);
            }
            msb[size] = id.getMostSignificantBits();
            lsb[size] = id.getLeastSignificantBits();
            size++;
        }
    }

    @Override
    public void destroy() {
        heartbeat.shutdownNow();
        worker.shutdownNow();
    }
}
