package org.forewarn.shared.database;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import org.forewarn.shared.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Runs a periodic job (a sweep, a poll, an expiry) once per tick across every node sharing the
 * database, not once per node. Every node keeps its own schedule; when a tick fires, the node
 * <ol>
 * <li>opens a connection of its own and tries the job's PostgreSQL advisory lock
 *     ({@code pg_try_advisory_lock}, the key derived from the job's name): while another node runs the
 *     job, the lock is taken and this tick is skipped, so a job never runs on two nodes at once;</li>
 * <li>with the lock, skips the tick if the job started anywhere less than half its interval ago (two
 *     nodes whose ticks fire a moment apart would otherwise both run it, one after the other);</li>
 * <li>records the run in {@code job_runs} (job, node, start, end, outcome), runs it and closes the
 *     connection, which ends the lock. A node that dies mid-run loses its connection, and PostgreSQL
 *     releases the lock: the next tick anywhere runs the job again.</li>
 * </ol>
 * The lock is session-level on a dedicated connection rather than a transaction-level one so that
 * the job keeps its own transactions (a sweep commits per item) and no transaction stays open for
 * the length of a run. Times are the database's clock, shared by all nodes.
 *
 * <p>Work that rows claim themselves ({@code FOR UPDATE SKIP LOCKED} with leases: the delivery and
 * fan-out workers) does not go through here: it runs on every node, and that is how it is shared.
 */
@Component
@EnableConfigurationProperties(ClusterProperties.class)
public class ClusterJobs implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ClusterJobs.class);
    static final String RETENTION_JOB = "job-runs-retention";

    private final DedicatedConnections connections;
    private final NodeName node;
    private final JdbcClient jdbc;
    private final ClusterProperties properties;

    ClusterJobs(DedicatedConnections connections, NodeName node, JdbcClient jdbc, ClusterProperties properties) {
        this.connections = connections;
        this.node = node;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /**
     * Schedules {@code work} every {@code interval} (after {@code initialDelay}) on this node, run
     * through {@link #runOnce}: the usual way a module declares a once-per-cluster job.
     */
    public void schedule(ScheduledTaskRegistrar registrar, String job, Duration interval, Duration initialDelay,
            Runnable work) {
        registrar.addFixedDelayTask(new FixedDelayTask(() -> runOnce(job, interval, work), interval, initialDelay));
    }

    /**
     * Runs {@code work} here unless another node is running it or ran it less than half of
     * {@code interval} ago. Failures are logged and recorded, never thrown: the next tick tries again.
     *
     * @return whether it ran here
     */
    public boolean runOnce(String job, Duration interval, Runnable work) {
        try (Connection connection = connections.open("job " + job)) {
            if (!tryLock(connection, job)) {
                log.debug("Job {} is running on another node; skipped here", job);
                return false;
            }
            if (ranRecently(connection, job, interval.dividedBy(2))) {
                log.debug("Job {} ran on a node less than {} ago; skipped here", job, interval.dividedBy(2));
                return false;
            }
            long run = started(connection, job);
            String outcome = "OK";
            try {
                work.run();
            } catch (RuntimeException e) {
                outcome = "FAILED: " + e;
                log.error("Job {} failed on node {}; it runs again on the next tick", job, node, e);
            }
            finished(connection, run, outcome);
            return true;
            // Closing the connection ends the session and with it the lock.
        } catch (SQLException e) {
            log.warn("Job {} could not be coordinated with the other nodes ({}); skipped this tick", job,
                    e.getMessage());
            return false;
        }
    }

    /** Forgets runs older than {@code forewarn.cluster.job-runs-kept}; itself a once-per-cluster job. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        schedule(registrar, RETENTION_JOB, Duration.ofHours(1), Duration.ofMinutes(1), () -> jdbc.sql(
                "delete from job_runs where started_at < clock_timestamp() - make_interval(secs => :kept)")
                .param("kept", properties.jobRunsKept().toSeconds()).update());
    }

    /** A stable 64-bit lock key per job name, the same on every node and release. */
    static long lockKey(String job) {
        return ByteBuffer.wrap(Sha256.of("forewarn:job:" + job)).getLong();
    }

    private static boolean tryLock(Connection connection, String job) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            lock.setLong(1, lockKey(job));
            try (ResultSet rs = lock.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static boolean ranRecently(Connection connection, String job, Duration within) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                select exists (select 1 from job_runs
                               where job = ? and started_at > clock_timestamp() - make_interval(secs => ?))""")) {
            query.setString(1, job);
            query.setDouble(2, within.toMillis() / 1000.0);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private long started(Connection connection, String job) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into job_runs (job, node, started_at) values (?, ?, clock_timestamp()) returning id")) {
            insert.setString(1, job);
            insert.setString(2, node.name());
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void finished(Connection connection, long run, String outcome) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update job_runs set finished_at = clock_timestamp(), outcome = ? where id = ?")) {
            update.setString(1, outcome.length() > 1000 ? outcome.substring(0, 1000) : outcome);
            update.setLong(2, run);
            update.executeUpdate();
        }
    }
}
