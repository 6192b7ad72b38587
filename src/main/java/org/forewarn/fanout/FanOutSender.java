package org.forewarn.fanout;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.forewarn.alert.Alerts;
import org.forewarn.alert.OutgoingAlert;
import org.forewarn.delivery.DeliveryEngine;
import org.forewarn.delivery.DeliveryMetrics;
import org.forewarn.delivery.IdempotencyKeys;
import org.forewarn.delivery.Message;
import org.forewarn.delivery.Outcome;
import org.forewarn.shared.ChannelType;
import org.forewarn.shared.RetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a fan-out's messages: a batch client of the {@link DeliveryEngine}. Workers claim a chunk of
 * consecutive deliveries with a lease, hand every message still queued in it to the engine at once
 * (which sends them on each channel's threads, within its throttle), and record all outcomes in one
 * statement. Each message carries the idempotency key of (alert, person, channel), so a message sent
 * again after a crash — its chunk's lease ran out before the outcome was recorded — is recognisably
 * the same message.
 */
@Component
class FanOutSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FanOutSender.class);
    /** A chunk that has not finished in this long is abandoned; its unsent messages are retried. */
    private static final Duration MAX_CHUNK_TIME = Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate tx;
    private final Alerts alerts;
    private final DeliveryEngine engine;
    private final DeliveryMetrics metrics;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final FanOutProperties properties;
    private final RetryPolicy retries;
    private final Map<UUID, OutgoingAlert> outgoing = new ConcurrentHashMap<>();
    private final Set<Chunk> held = ConcurrentHashMap.newKeySet();
    private final Object signal = new Object();
    private ExecutorService workerPool;
    private volatile boolean running;

    FanOutSender(JdbcClient jdbc, JdbcTemplate jdbcTemplate, TransactionTemplate tx, Alerts alerts,
            DeliveryEngine engine, DeliveryMetrics metrics, ApplicationEventPublisher events, Clock clock,
            FanOutProperties properties) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.tx = tx;
        this.alerts = alerts;
        this.engine = engine;
        this.metrics = metrics;
        this.events = events;
        this.clock = clock;
        this.properties = properties;
        this.retries = new RetryPolicy(properties.maxAttempts(), properties.initialBackoff(), properties.maxBackoff());
    }

    void wake() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    // --- the worker loop ---

    private record Chunk(UUID alertId, long firstId, long lastId) {
    }

    private record Row(long id, UUID enrolleeId, ChannelType channel, String address, String language, int attempts) {
    }

    private record Result(long id, AlertDeliveryStatus status, int attempts, String error, Instant next, Instant sentAt,
                          Instant deliveredAt) {
    }

    private void work() {
        while (running) {
            try {
                Chunk chunk = claim();
                if (chunk == null) {
                    synchronized (signal) {
                        signal.wait(properties.pollInterval().toMillis());
                    }
                    continue;
                }
                held.add(chunk);
                try {
                    process(chunk);
                } finally {
                    held.remove(chunk);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("Fan-out worker pass failed; the chunk will be retried when its lease ends", e);
            }
        }
    }

    private Chunk claim() {
        Instant now = clock.instant();
        return jdbc.sql("""
                update fanout_chunks c set status = 'LEASED', lease_until = :lease
                where (c.alert_id, c.first_id) = (
                    select alert_id, first_id from fanout_chunks
                    where status <> 'DONE' and next_attempt_at <= :now and (status = 'READY' or lease_until < :now)
                    order by next_attempt_at limit 1 for update skip locked)
                returning c.alert_id, c.first_id, c.last_id""")
                .param("lease", Timestamp.from(now.plus(properties.lease())))
                .param("now", Timestamp.from(now))
                .query((rs, n) -> new Chunk(rs.getObject(1, UUID.class), rs.getLong(2), rs.getLong(3)))
                .optional().orElse(null);
    }

    private void process(Chunk chunk) throws InterruptedException {
        OutgoingAlert alert = outgoing.computeIfAbsent(chunk.alertId(), alerts::outgoing);
        List<Row> rows = jdbc.sql("""
                select id, enrollee_id, channel, address, language, attempts from alert_deliveries
                where alert_id = :alert and id between :first and :last and status = 'QUEUED'
                  and next_attempt_at <= :now
                order by id""")
                .param("alert", chunk.alertId()).param("first", chunk.firstId()).param("last", chunk.lastId())
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new Row(rs.getLong(1), rs.getObject(2, UUID.class),
                        ChannelType.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getInt(6)))
                .list();
        List<Message> messages = new ArrayList<>(rows.size());
        for (Row row : rows) {
            messages.add(message(alert, row));
        }
        DeliveryEngine.Batch batch = engine.sendAll(messages);
        waitFor(chunk, batch);
        List<Result> outcomes = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Outcome outcome = batch.outcome(i);
            outcomes.add(result(rows.get(i), outcome != null ? outcome : Outcome.retry("no answer in time")));
        }
        record(chunk, alert, outcomes);
        count(rows, outcomes);
    }

    /** Each attempt, once its outcome is recorded: {@link DeliveryMetrics} counts fan-outs and warnings alike. */
    private void count(List<Row> rows, List<Result> results) {
        for (int i = 0; i < rows.size(); i++) {
            metrics.count(DeliveryMetrics.Client.ALERT, rows.get(i).channel(), switch (results.get(i).status()) {
                case SENT, DELIVERED -> DeliveryMetrics.Result.DELIVERED;
                case QUEUED -> DeliveryMetrics.Result.RETRY;
                case FAILED -> DeliveryMetrics.Result.FAILED;
            }, 1);
        }
    }

    /** The person's message in their language, rendered once per language for the whole fan-out. */
    private Message message(OutgoingAlert alert, Row row) {
        OutgoingAlert.Rendered text = alert.in(row.language());
        return new Message(row.channel(), row.address(), IdempotencyKeys.forAlert(alert.alertId(), row.enrolleeId(),
                row.channel()), alert.sender(), text.subject(), text.body(row.channel()),
                row.channel() == ChannelType.WEBHOOK ? properties.webhookSecret() : null, Map.of());
    }

    /**
     * Waits for a chunk's messages while renewing its lease, so a slow chunk is not taken over by
     * another worker. Gives up (and starts no further message) only after {@link #MAX_CHUNK_TIME};
     * whatever was not sent by then is retried.
     */
    private void waitFor(Chunk chunk, DeliveryEngine.Batch batch) throws InterruptedException {
        Duration renewEvery = Duration.ofMillis(Math.max(200, properties.lease().toMillis() / 3));
        long deadline = System.nanoTime() + MAX_CHUNK_TIME.toNanos();
        while (!batch.await(renewEvery)) {
            if (System.nanoTime() > deadline) {
                batch.stop();
                return;
            }
            jdbc.sql("update fanout_chunks set lease_until = :lease "
                    + "where alert_id = :alert and first_id = :first and status = 'LEASED'")
                    .param("lease", Timestamp.from(clock.instant().plus(properties.lease())))
                    .param("alert", chunk.alertId()).param("first", chunk.firstId()).update();
        }
    }

    /** What an outcome means for a fan-out message: a relay's acceptance is SENT, a confirmation DELIVERED. */
    private Result result(Row row, Outcome outcome) {
        Instant now = clock.instant();
        int attempts = row.attempts() + 1;
        return switch (outcome.result()) {
            case DELIVERED -> new Result(row.id(), AlertDeliveryStatus.DELIVERED, attempts, null, now, now, now);
            case ACCEPTED -> new Result(row.id(), AlertDeliveryStatus.SENT, attempts, null, now, now, null);
            case REFUSED -> new Result(row.id(), AlertDeliveryStatus.FAILED, attempts, outcome.detail(), now, null,
                    null);
            case RETRY -> retries.exhausted(attempts)
                    ? new Result(row.id(), AlertDeliveryStatus.FAILED, attempts, "Gave up after " + attempts
                    + " attempts: " + outcome.detail(), now, null, null)
                    : new Result(row.id(), AlertDeliveryStatus.QUEUED, attempts, outcome.detail(),
                    now.plus(retries.delayAfter(attempts)), null, null);
        };
    }

    // --- recording ---

    private void record(Chunk chunk, OutgoingAlert alert, List<Result> results) {
        tx.executeWithoutResult(status -> {
            long[] counts = results.isEmpty() ? new long[3] : updateRows(results);
            Instant lastDelivered = results.stream().map(Result::deliveredAt).filter(java.util.Objects::nonNull)
                    .max(Instant::compareTo).orElse(null);
            // Taking the fan-out row lock first serialises chunk completion, so exactly one worker
            // sees the last chunk done and completes the fan-out.
            jdbc.sql("""
                    update fanouts set sent = sent + :sent, delivered = delivered + :delivered,
                        failed = failed + :failed,
                        last_delivered_at = greatest(last_delivered_at, cast(:last as timestamptz))
                    where alert_id = :alert""")
                    .param("sent", counts[0]).param("delivered", counts[1]).param("failed", counts[2])
                    .param("last", lastDelivered == null ? null : Timestamp.from(lastDelivered))
                    .param("alert", chunk.alertId()).update();
            Timestamp next = jdbc.sql("""
                    select min(next_attempt_at) from alert_deliveries
                    where alert_id = :alert and id between :first and :last and status = 'QUEUED'""")
                    .param("alert", chunk.alertId()).param("first", chunk.firstId()).param("last", chunk.lastId())
                    .query(Timestamp.class).optional().orElse(null);
            jdbc.sql("""
                    update fanout_chunks set status = :status, lease_until = null,
                                             next_attempt_at = coalesce(cast(:next as timestamptz), next_attempt_at)
                    where alert_id = :alert and first_id = :first""")
                    .param("status", next == null ? "DONE" : "READY").param("next", next)
                    .param("alert", chunk.alertId()).param("first", chunk.firstId()).update();
            if (next == null) {
                completeIfDone(alert);
            }
        });
    }

    /** One statement for the whole chunk; returns how many became sent, delivered, failed. */
    private long[] updateRows(List<Result> results) {
        return jdbcTemplate.execute((ConnectionCallback<long[]>) connection -> {
            int n = results.size();
            Long[] ids = new Long[n];
            String[] statuses = new String[n];
            Integer[] attempts = new Integer[n];
            String[] errors = new String[n];
            String[] next = new String[n];
            String[] sentAt = new String[n];
            String[] deliveredAt = new String[n];
            for (int i = 0; i < n; i++) {
                Result r = results.get(i);
                ids[i] = r.id();
                statuses[i] = r.status().name();
                attempts[i] = r.attempts();
                errors[i] = r.error() == null ? null : r.error().substring(0, Math.min(1000, r.error().length()));
                next[i] = r.next().toString();
                sentAt[i] = r.sentAt() == null ? null : r.sentAt().toString();
                deliveredAt[i] = r.deliveredAt() == null ? null : r.deliveredAt().toString();
            }
            try (PreparedStatement update = connection.prepareStatement("""
                    update alert_deliveries d set status = v.status, attempts = v.attempts, last_error = v.error,
                        next_attempt_at = cast(v.next as timestamptz),
                        sent_at = coalesce(cast(v.sent_at as timestamptz), d.sent_at),
                        delivered_at = coalesce(cast(v.delivered_at as timestamptz), d.delivered_at)
                    from unnest(?, ?, ?, ?, ?, ?, ?) as v(id, status, attempts, error, next, sent_at, delivered_at)
                    where d.id = v.id and d.status = 'QUEUED'
                    returning v.status""")) {
                update.setArray(1, array(connection, "bigint", ids));
                update.setArray(2, array(connection, "text", statuses));
                update.setArray(3, array(connection, "integer", attempts));
                update.setArray(4, array(connection, "text", errors));
                update.setArray(5, array(connection, "text", next));
                update.setArray(6, array(connection, "text", sentAt));
                update.setArray(7, array(connection, "text", deliveredAt));
                long[] counts = new long[3];
                try (ResultSet rs = update.executeQuery()) {
                    while (rs.next()) {
                        switch (rs.getString(1)) {
                            case "SENT" -> counts[0]++;
                            case "DELIVERED" -> counts[1]++;
                            case "FAILED" -> counts[2]++;
                            default -> {
                            }
                        }
                    }
                }
                return counts;
            }
        });
    }

    private static Array array(Connection connection, String type, Object[] values) throws java.sql.SQLException {
        return connection.createArrayOf(type, values);
    }

    /** Completes the fan-out if matching is over and every chunk is done; exactly once, in the caller's transaction. */
    void completeIfDone(OutgoingAlert alert) {
        int completed = jdbc.sql("""
                update fanouts set status = 'COMPLETED', completed_at = :now
                where alert_id = :alert and status = 'SENDING'
                  and not exists (select 1 from fanout_chunks where alert_id = :alert and status <> 'DONE')""")
                .param("now", Timestamp.from(clock.instant())).param("alert", alert.alertId()).update();
        if (completed == 1) {
            var totals = jdbc.sql("select sent, delivered, failed from fanouts where alert_id = :alert")
                    .param("alert", alert.alertId()).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2),
                            rs.getLong(3)}).single();
            events.publishEvent(new FanOutCompleted(alert.alertId(), alert.threatId(), totals[0], totals[1], totals[2]));
            outgoing.remove(alert.alertId());
            log.info("Alert {} fan-out completed: {} delivered, {} sent, {} failed", alert.alertId(), totals[1],
                    totals[0], totals[2]);
        }
    }

    // --- lifecycle ---

    @Override
    public void start() {
        running = true;
        workerPool = Executors.newFixedThreadPool(properties.workers(), r -> {
            Thread t = new Thread(r, "fanout-sender");
            t.setDaemon(true);
            return t;
        });
        for (int i = 0; i < properties.workers(); i++) {
            workerPool.execute(this::work);
        }
    }

    @Override
    public void stop() {
        running = false;
        wake();
        workerPool.shutdownNow();
        try {
            workerPool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // Hand back chunks we were working on, so a restart need not wait for their leases to end.
        for (Chunk chunk : held) {
            try {
                jdbc.sql("update fanout_chunks set status = 'READY', lease_until = null "
                        + "where alert_id = :alert and first_id = :first and status = 'LEASED'")
                        .param("alert", chunk.alertId()).param("first", chunk.firstId()).update();
            } catch (RuntimeException e) {
                log.debug("Could not release chunk {}: {}", chunk, e.getMessage());
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // Stop before the data source and the embedded database go away.
        return Integer.MAX_VALUE - 1000;
    }
}
