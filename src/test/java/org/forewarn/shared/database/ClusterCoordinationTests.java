package org.forewarn.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.forewarn.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The two means by which nodes sharing one database coordinate, against the real database: a
 * once-per-cluster job (another session, as another node would be, cannot start it while it runs,
 * nor again within the same tick) and LISTEN/NOTIFY (sent on commit only, heard again after the
 * listening connection was cut).
 */
class ClusterCoordinationTests extends IntegrationTest {

    @Autowired
    ClusterJobs jobs;
    @Autowired
    DatabaseNotifications notifications;
    @Autowired
    NodeName node;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    @Test
    void aJobRunningOnOneNodeIsNotStartedOnAnotherNorRunTwiceInOneTick() {
        String job = "test-" + UUID.randomUUID();
        AtomicInteger runs = new AtomicInteger();

        boolean ran = jobs.runOnce(job, Duration.ofHours(1), () -> {
            runs.incrementAndGet();
            // Another node (another session) fires the same job while this run holds it.
            boolean alsoRan = CompletableFuture.supplyAsync(() -> jobs.runOnce(job, Duration.ZERO,
                    runs::incrementAndGet)).join();
            assertThat(alsoRan).isFalse();
        });
        boolean sameTickAgain = jobs.runOnce(job, Duration.ofHours(1), runs::incrementAndGet);

        assertThat(ran).isTrue();
        assertThat(sameTickAgain).isFalse();
        assertThat(runs).hasValue(1);
        assertThat(jdbc.sql("select node || ' ' || outcome from job_runs where job = :job").param("job", job)
                .query(String.class).list()).containsExactly(node.name() + " OK");
        // The next tick (here: no minimum gap) runs it again; the lock went with the first run's connection.
        assertThat(jobs.runOnce(job, Duration.ZERO, runs::incrementAndGet)).isTrue();
    }

    @Test
    void aFailingJobIsRecordedAndTheNextTickRunsIt() {
        String job = "test-" + UUID.randomUUID();

        boolean ran = jobs.runOnce(job, Duration.ZERO, () -> {
            throw new IllegalStateException("partner server down");
        });

        assertThat(ran).isTrue();
        assertThat(jdbc.sql("select outcome from job_runs where job = :job and finished_at is not null")
                .param("job", job).query(String.class).single()).contains("FAILED", "partner server down");
        assertThat(jobs.runOnce(job, Duration.ZERO, () -> { })).isTrue();
    }

    @Test
    void notificationsGoOutOnCommitOnlyAndAreHeardAgainAfterTheConnectionIsCut() {
        String channel = "forewarn_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        List<String> received = new CopyOnWriteArrayList<>();
        AtomicInteger missed = new AtomicInteger();
        notifications.subscribe(channel, new DatabaseNotifications.Subscriber() {
            @Override
            public void received(String payload) {
                received.add(payload);
            }

            @Override
            public void mayHaveMissed() {
                missed.incrementAndGet();
            }
        });
        // The listener takes up a channel subscribed to while it runs within a moment.
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            fromAnotherNode(channel, "ready");
            return received.contains("ready");
        });

        tx.executeWithoutResult(status -> {
            fromAnotherNode(channel, "rolled back");
            status.setRollbackOnly();
        });
        // What this process sends itself is not delivered back to it (it acted on its change at commit).
        notifications.send(channel, "our own");
        tx.executeWithoutResult(status -> {
            fromAnotherNode(channel, "committed");
            assertThat(received).doesNotContain("committed");
        });
        // Notifications arrive in commit order: once this one is here, a rolled-back one would be too.
        await().atMost(Duration.ofSeconds(10)).until(() -> received.contains("committed"));
        assertThat(received).doesNotContain("rolled back", "our own");

        int missedBefore = missed.get();
        int cut = jdbc.sql("""
                select count(pg_terminate_backend(pid)) from pg_stat_activity
                where application_name like 'forewarn listener %'""")
                .query(Integer.class).single();
        assertThat(cut).isEqualTo(1);

        await().atMost(Duration.ofSeconds(20)).until(() -> missed.get() > missedBefore);
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            fromAnotherNode(channel, "after the cut");
            return received.contains("after the cut");
        });
    }

    /** What another Forewarn process's {@link DatabaseNotifications#send} puts on the channel. */
    private void fromAnotherNode(String channel, String payload) {
        jdbc.sql("select pg_notify(:channel, :payload)").param("channel", channel)
                .param("payload", UUID.randomUUID() + "|" + payload).query(Object.class).single();
    }
}
