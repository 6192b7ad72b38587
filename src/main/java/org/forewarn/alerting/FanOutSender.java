package org.forewarn.alerting;

import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.mail.internet.InternetAddress;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import jakarta.mail.internet.MimeMessage;
import org.forewarn.shared.RetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a fan-out's messages. Workers claim a chunk of consecutive deliveries with a lease, send
 * every message still queued in it (throttled per channel), and record all outcomes in one
 * statement. Each message carries an idempotency key made from (alert, person, channel), so a
 * message sent again after a crash — its chunk's lease ran out before the outcome was recorded —
 * is recognisably the same message.
 */
@Component
class FanOutSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FanOutSender.class);
    /** A chunk that has not finished in this long is abandoned; its unsent messages are retried. */
    private static final java.time.Duration MAX_CHUNK_TIME = java.time.Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate tx;
    private final PublicAlerts alerts;
    private final ObjectProvider<JavaMailSender> mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AlertingProperties properties;
    private final RetryPolicy retries;
    private final int workers;
    private final String emailFrom;
    private final int httpThreads;
    private final CloseableHttpClient http;
    private final Map<AlertChannel, Throttle> throttles = new EnumMap<>(AlertChannel.class);
    private final Map<UUID, PublicAlert> alertCache = new ConcurrentHashMap<>();
    /** Parsed webhook addresses (many people share a provider's endpoint); bounded by clearing. */
    private final Map<String, java.net.URI> uris = new ConcurrentHashMap<>() {
        @Override
        public java.net.URI computeIfAbsent(String key,
                java.util.function.Function<? super String, ? extends java.net.URI> mapping) {
            if (size() > 100_000) {
                clear();
            }
            return super.computeIfAbsent(key, mapping);
        }
    };
    private final Set<Chunk> held = ConcurrentHashMap.newKeySet();
    private final Object signal = new Object();
    private ExecutorService workerPool;
    private ExecutorService emailPool;
    private ExecutorService httpPool;
    private volatile boolean running;

    FanOutSender(JdbcClient jdbc, JdbcTemplate jdbcTemplate, TransactionTemplate tx, PublicAlerts alerts,
            ObjectProvider<JavaMailSender> mail, ApplicationEventPublisher events, Clock clock,
            AlertingProperties properties, @Value("${forewarn.alerting.fan-out.workers:4}") int workers,
            @Value("${forewarn.alerting.fan-out.http-threads:16}") int httpThreads,
            @Value("${forewarn.delivery.email-from:forewarn@localhost}") String emailFrom) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.tx = tx;
        this.alerts = alerts;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
        this.properties = properties;
        AlertingProperties.FanOut fanOut = properties.fanOut();
        this.retries = new RetryPolicy(fanOut.maxAttempts(), fanOut.initialBackoff(), fanOut.maxBackoff());
        this.workers = workers;
        this.emailFrom = emailFrom;
        for (AlertChannel channel : AlertChannel.values()) {
            throttles.put(channel, new Throttle(fanOut.rate(channel), fanOut.inFlight(channel)));
        }
        this.httpThreads = httpThreads;
        // Apache HttpClient's pooled, blocking client: on these machines several times the throughput
        // of the JDK's HttpClient for many small requests (see bench/RESULTS.md).
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(httpThreads * 4).setMaxConnPerRoute(httpThreads)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofSeconds(5)).setSocketTimeout(Timeout.ofSeconds(10))
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setRedirectsEnabled(false)
                        .setResponseTimeout(Timeout.ofSeconds(10)).build())
                .disableAutomaticRetries().disableCookieManagement().disableRedirectHandling()
                .disableContentCompression().disableConnectionState()
                .setUserAgent("Forewarn-Alerts/1").build();
    }

    static String idempotencyKey(UUID alertId, UUID enrolleeId, AlertChannel channel) {
        return "forewarn-alert-" + alertId + "-" + enrolleeId + "-" + channel.name().toLowerCase();
    }

    void wake() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    // --- the worker loop ---

    private record Chunk(UUID alertId, long firstId, long lastId) {
    }

    private record Row(long id, UUID enrolleeId, AlertChannel channel, String address, String language, int attempts) {
    }

    private record Result(long id, String status, int attempts, String error, Instant next, Instant sentAt,
                          Instant deliveredAt) {
    }

    private void work() {
        while (running) {
            try {
                Chunk chunk = claim();
                if (chunk == null) {
                    synchronized (signal) {
                        signal.wait(properties.fanOut().pollInterval().toMillis());
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
                .param("lease", Timestamp.from(now.plus(properties.fanOut().lease())))
                .param("now", Timestamp.from(now))
                .query((rs, n) -> new Chunk(rs.getObject(1, UUID.class), rs.getLong(2), rs.getLong(3)))
                .optional().orElse(null);
    }

    private void process(Chunk chunk) throws InterruptedException {
        PublicAlert alert = alertCache.computeIfAbsent(chunk.alertId(), id -> alerts.findById(id).orElseThrow());
        List<Row> rows = jdbc.sql("""
                select id, enrollee_id, channel, address, language, attempts from alert_deliveries
                where alert_id = :alert and id between :first and :last and status = 'QUEUED'
                  and next_attempt_at <= :now
                order by id""")
                .param("alert", chunk.alertId()).param("first", chunk.firstId()).param("last", chunk.lastId())
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new Row(rs.getLong(1), rs.getObject(2, UUID.class),
                        AlertChannel.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getInt(6)))
                .list();
        Map<String, AlertMessages.Text> texts = new ConcurrentHashMap<>();
        Map<String, String> webhookBodies = new ConcurrentHashMap<>();
        Result[] results = new Result[rows.size()];
        // Each channel's rows are split into slices sent one after another by a pool thread: one
        // hand-off per slice rather than per message keeps the CPU on the sending.
        List<CompletableFuture<Void>> slices = new ArrayList<>();
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        for (AlertChannel channel : AlertChannel.values()) {
            List<Integer> indexes = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).channel() == channel) {
                    indexes.add(i);
                }
            }
            if (indexes.isEmpty()) {
                continue;
            }
            int parallelism = Math.min(indexes.size(), channel == AlertChannel.EMAIL
                    ? properties.fanOut().inFlight(AlertChannel.EMAIL) : httpThreads);
            ExecutorService pool = channel == AlertChannel.EMAIL ? emailPool : httpPool;
            for (int slice = 0; slice < parallelism; slice++) {
                int first = slice;
                slices.add(CompletableFuture.runAsync(() -> {
                    for (int k = first; k < indexes.size() && !stop.get(); k += parallelism) {
                        int i = indexes.get(k);
                        Row row = rows.get(i);
                        AlertMessages.Text text = texts.computeIfAbsent(row.language(),
                                l -> AlertMessages.text(alert, l));
                        results[i] = send(alert, row, text, webhookBodies);
                    }
                }, pool));
            }
        }
        waitFor(chunk, CompletableFuture.allOf(slices.toArray(CompletableFuture[]::new)), stop);
        List<Result> outcomes = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            outcomes.add(results[i] != null ? results[i] : outcome(rows.get(i), Outcome.retry("no answer in time")));
        }
        record(chunk, alert, outcomes);
    }

    /**
     * Waits for a chunk's messages while renewing its lease, so a slow chunk is not taken over by
     * another worker. Gives up (and stops the slices) only after {@link #MAX_CHUNK_TIME}; whatever
     * was not sent by then is retried.
     */
    private void waitFor(Chunk chunk, CompletableFuture<Void> all, java.util.concurrent.atomic.AtomicBoolean stop)
            throws InterruptedException {
        long renewEvery = Math.max(200, properties.fanOut().lease().toMillis() / 3);
        long deadline = System.nanoTime() + MAX_CHUNK_TIME.toNanos();
        while (true) {
            try {
                all.get(renewEvery, TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException e) {
                if (System.nanoTime() > deadline) {
                    stop.set(true);
                    return;
                }
                jdbc.sql("update fanout_chunks set lease_until = :lease "
                        + "where alert_id = :alert and first_id = :first and status = 'LEASED'")
                        .param("lease", Timestamp.from(clock.instant().plus(properties.fanOut().lease())))
                        .param("alert", chunk.alertId()).param("first", chunk.firstId()).update();
            } catch (java.util.concurrent.ExecutionException e) {
                return;
            }
        }
    }

    /** One message, throttled per channel; blocking. */
    private Result send(PublicAlert alert, Row row, AlertMessages.Text text, Map<String, String> webhookBodies) {
        Throttle throttle = throttles.get(row.channel());
        try {
            throttle.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return outcome(row, Outcome.retry("interrupted"));
        }
        try {
            return switch (row.channel()) {
                case WEBHOOK -> webhook(alert, row, webhookBodies.computeIfAbsent(text.language(),
                        l -> AlertMessages.webhookJson(alert, text, properties)));
                case SMS -> sms(alert, row, text);
                case EMAIL -> email(alert, row, text);
            };
        } catch (RuntimeException e) {
            return outcome(row, Outcome.retry(e.getClass().getSimpleName() + ": " + e.getMessage()));
        } finally {
            throttle.release();
        }
    }

    // --- channels ---

    private record Outcome(String status, String detail) {
        static Outcome delivered() {
            return new Outcome("DELIVERED", null);
        }

        static Outcome sent() {
            return new Outcome("SENT", null);
        }

        static Outcome retry(String why) {
            return new Outcome("RETRY", why);
        }

        static Outcome failed(String why) {
            return new Outcome("FAILED", why);
        }

        static Outcome ofHttp(int status, boolean confirmsDelivery) {
            if (status >= 200 && status < 300) {
                return confirmsDelivery ? delivered() : sent();
            }
            boolean transientStatus = status >= 500 || status == 408 || status == 425 || status == 429;
            return transientStatus ? retry("HTTP " + status) : failed("HTTP " + status);
        }
    }

    private Result webhook(PublicAlert alert, Row row, String body) {
        HttpPost post = new HttpPost(uris.computeIfAbsent(row.address(), java.net.URI::create));
        post.setHeader("Idempotency-Key", idempotencyKey(alert.id(), row.enrolleeId(), row.channel()));
        if (properties.fanOut().webhookSecret() != null) {
            String timestamp = Long.toString(clock.instant().getEpochSecond());
            post.setHeader("X-Forewarn-Timestamp", timestamp);
            post.setHeader("X-Forewarn-Signature",
                    "sha256=" + Hmac.sha256Hex(properties.fanOut().webhookSecret(), timestamp + "." + body));
        }
        post.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
        return post(row, post, true);
    }

    private Result sms(PublicAlert alert, Row row, AlertMessages.Text text) {
        String gateway = properties.fanOut().smsGatewayUrl();
        if (gateway == null || gateway.isBlank()) {
            return outcome(row,
                    Outcome.retry("No SMS gateway is configured (forewarn.alerting.fan-out.sms-gateway-url)"));
        }
        String key = idempotencyKey(alert.id(), row.enrolleeId(), row.channel());
        HttpPost post = new HttpPost(gateway);
        post.setHeader("Idempotency-Key", key);
        post.setEntity(new StringEntity(org.forewarn.audit.CanonicalJson.write(Map.of("to", row.address(),
                "text", AlertMessages.sms(alert, text, properties), "reference", key)), ContentType.APPLICATION_JSON));
        // The gateway accepting a message means SENT; only the phone network knows about delivery.
        return post(row, post, false);
    }

    private Result post(Row row, HttpPost post, boolean confirmsDelivery) {
        try {
            int status = http.execute(post, response -> {
                EntityUtils.consume(response.getEntity());
                return response.getCode();
            });
            return outcome(row, Outcome.ofHttp(status, confirmsDelivery));
        } catch (IOException | RuntimeException e) {
            return outcome(row, Outcome.retry(e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    private Result email(PublicAlert alert, Row row, AlertMessages.Text text) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return outcome(row, Outcome.retry("No SMTP relay is configured"));
        }
        String key = idempotencyKey(alert.id(), row.enrolleeId(), row.channel());
        try {
            MimeMessage message = new MimeMessage(sender.createMimeMessage().getSession()) {
                @Override
                protected void updateMessageID() throws jakarta.mail.MessagingException {
                    setHeader("Message-ID", "<" + key + "@forewarn>");
                }
            };
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(new InternetAddress(emailFrom, alert.sender(), "UTF-8"));
            helper.setTo(row.address());
            helper.setSubject(AlertMessages.emailSubject(alert, text));
            helper.setText(AlertMessages.emailBody(alert, text, properties), false);
            message.setHeader("Idempotency-Key", key);
            sender.send(message);
            return outcome(row, Outcome.sent());
        } catch (org.springframework.mail.MailSendException e) {
            boolean rejected = e.getFailedMessages().values().stream()
                    .anyMatch(jakarta.mail.SendFailedException.class::isInstance);
            return outcome(row, rejected ? Outcome.failed("address rejected: " + e.getMessage())
                    : Outcome.retry(e.getMessage()));
        } catch (Exception e) {
            return outcome(row, Outcome.retry(e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    private Result outcome(Row row, Outcome outcome) {
        Instant now = clock.instant();
        int attempts = row.attempts() + 1;
        return switch (outcome.status()) {
            case "DELIVERED" -> new Result(row.id(), "DELIVERED", attempts, null, now, now, now);
            case "SENT" -> new Result(row.id(), "SENT", attempts, null, now, now, null);
            case "FAILED" -> new Result(row.id(), "FAILED", attempts, outcome.detail(), now, null, null);
            default -> retries.exhausted(attempts)
                    ? new Result(row.id(), "FAILED", attempts, "Gave up after " + attempts + " attempts: "
                    + outcome.detail(), now, null, null)
                    : new Result(row.id(), "QUEUED", attempts, outcome.detail(), now.plus(retries.delayAfter(attempts)),
                    null, null);
        };
    }

    // --- recording ---

    private void record(Chunk chunk, PublicAlert alert, List<Result> results) {
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
                statuses[i] = r.status();
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

    private void completeIfDone(PublicAlert alert) {
        int completed = jdbc.sql("""
                update fanouts set status = 'COMPLETED', completed_at = :now
                where alert_id = :alert and status = 'SENDING'
                  and not exists (select 1 from fanout_chunks where alert_id = :alert and status <> 'DONE')""")
                .param("now", Timestamp.from(clock.instant())).param("alert", alert.id()).update();
        if (completed == 1) {
            var totals = jdbc.sql("select sent, delivered, failed from fanouts where alert_id = :alert")
                    .param("alert", alert.id()).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2),
                            rs.getLong(3)}).single();
            events.publishEvent(new FanOutCompleted(alert.id(), alert.threatId(), totals[0], totals[1], totals[2]));
            alertCache.remove(alert.id());
            log.info("Alert {} fan-out completed: {} delivered, {} sent, {} failed", alert.id(), totals[1],
                    totals[0], totals[2]);
        }
    }

    // --- lifecycle ---

    @Override
    public void start() {
        running = true;
        emailPool = Executors.newFixedThreadPool(Math.max(1, properties.fanOut().inFlight(AlertChannel.EMAIL)), r -> {
            Thread t = new Thread(r, "fanout-email");
            t.setDaemon(true);
            return t;
        });
        httpPool = Executors.newFixedThreadPool(Math.max(1, httpThreads), r -> {
            Thread t = new Thread(r, "fanout-http");
            t.setDaemon(true);
            return t;
        });
        workerPool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "fanout-sender");
            t.setDaemon(true);
            return t;
        });
        for (int i = 0; i < workers; i++) {
            workerPool.execute(this::work);
        }
    }

    @Override
    public void stop() {
        running = false;
        wake();
        workerPool.shutdownNow();
        emailPool.shutdownNow();
        httpPool.shutdownNow();
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
