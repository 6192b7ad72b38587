package org.forewarn.delivery;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;


import org.forewarn.recipient.Recipients;
import org.forewarn.shared.ChannelType;
import org.forewarn.shared.ForewarnProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works through due deliveries. A delivery is claimed (IN_FLIGHT, with a lease) in one short
 * transaction, attempted with no transaction open, and its outcome recorded in another. If the
 * process dies mid-attempt, the lease runs out and the next worker retries under the same
 * idempotency key.
 */
@Component
class DeliveryWorker implements DisposableBean, SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final int BATCH = 20;

    private final JdbcClient jdbc;
    private final DeliveryRecords records;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final DeliveryProperties properties;
    private final DeliveryEngine engine;
    private final Recipients recipients;
    private final ForewarnProperties forewarn;
    private final ExecutorService wakeups = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "delivery-worker");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    DeliveryWorker(JdbcClient jdbc, DeliveryRecords records, TransactionTemplate tx, Clock clock,
            DeliveryProperties properties, DeliveryEngine engine, Recipients recipients, ForewarnProperties forewarn) {
        this.jdbc = jdbc;
        this.records = records;
        this.tx = tx;
        this.clock = clock;
        this.properties = properties;
        this.engine = engine;
        this.recipients = recipients;
        this.forewarn = forewarn;
    }

    /** Asks for a drain soon, on the worker thread (used right after a send commits). */
    void wake() {
        wakeups.execute(this::drain);
    }

    /** Every {@code forewarn.delivery.poll-interval}, in case a wake-up was missed (a restart, another node). */
    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::drain, properties.pollInterval(),
                properties.pollInterval()));
    }

    /** Attempts every due delivery; if asked again while running, runs once more. */
    void drain() {
        again.set(true);
        while (again.getAndSet(false)) {
            if (!draining.compareAndSet(false, true)) {
                return; // the running drain will see 'again'
            }
            try {
                List<UUID> claimed;
                do {
                    claimed = claim();
                    claimed.forEach(this::attempt);
                } while (claimed.size() == BATCH);
            } catch (RuntimeException e) {
                log.error("Delivery worker pass failed; will retry on the next poll", e);
            } finally {
                draining.set(false);
            }
        }
    }

    private List<UUID> claim() {
        Instant now = clock.instant();
        return tx.execute(status -> jdbc.sql("""
                update deliveries set status = 'IN_FLIGHT', lease_until = :leaseUntil, attempts = attempts + 1,
                                      version = version + 1
                where id in (select id from deliveries
                             where (status = 'PENDING' and next_attempt_at <= :now)
                                or (status = 'IN_FLIGHT' and lease_until < :now)
                             order by next_attempt_at
                             limit :batch
                             for update skip locked)
                returning id""")
                .param("now", Timestamp.from(now))
                .param("leaseUntil", Timestamp.from(now.plus(properties.lease())))
                .param("batch", BATCH)
                .query(UUID.class).list());
    }

    private void attempt(UUID deliveryId) {
        Delivery delivery = records.findById(deliveryId).orElse(null);
        if (delivery == null || delivery.status() != DeliveryStatus.IN_FLIGHT) {
            return;
        }
        Instant started = clock.instant();
        Message message = message(delivery);
        Outcome result = message != null ? engine.send(message)
                : Outcome.refused("The recipient no longer has a webhook secret configured");
        tx.executeWithoutResult(status -> {
            Delivery current = records.findById(deliveryId).orElseThrow();
            current.record(result, started, clock.instant(), properties.retryPolicy());
            records.save(current);
        });
    }

    /** The warning as the engine sends it; a webhook is signed with the recipient's current secret. */
    private Message message(Delivery delivery) {
        String secret = null;
        if (delivery.channelType() == ChannelType.WEBHOOK) {
            secret = recipients.webhookSecret(delivery.recipientId()).orElse(null);
            if (secret == null) {
                return null;
            }
        }
        if (delivery.channelType() == ChannelType.TAXII) {
            secret = recipients.taxiiCredentials(delivery.recipientId()).orElse(null);
        }
        return new Message(delivery.channelType(), delivery.address(), delivery.idempotencyKey(),
                forewarn.organization(), delivery.subject(), delivery.body(), secret,
                Map.of("X-Forewarn-Warning-Id", delivery.warningId().toString()));
    }

    @Override
    public void destroy() throws InterruptedException {
        wakeups.shutdownNow();
        wakeups.awaitTermination(5, TimeUnit.SECONDS);
    }
}
