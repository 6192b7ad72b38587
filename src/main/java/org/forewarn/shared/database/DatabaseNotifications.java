package org.forewarn.shared.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL LISTEN/NOTIFY between the nodes sharing one database: a node {@link #send sends} on a
 * channel inside the transaction that made the change, so the notification goes out only if that
 * transaction commits, and every node (this one included) hears it on the subscribers of that channel.
 *
 * <p>Each node listens on one connection of its own, outside the pool (a pooled one would go back
 * to the pool with the LISTEN on it), on one thread that waits with
 * {@link PGConnection#getNotifications(int)}. If the connection drops (the database restarted, a
 * network cut, an administrator ended the session) the thread reconnects with growing waits up to
 * {@code forewarn.cluster.listen-reconnect-max}, and then tells every subscriber it
 * {@link Subscriber#mayHaveMissed may have missed} notifications: NOTIFY is not queued for a session
 * that was not listening. Subscribers must therefore treat a notification as a hint to refresh, and
 * keep a bound of their own on how stale they may get.
 */
@Component
public class DatabaseNotifications implements SmartLifecycle {

    /**
     * What a module does when a channel is notified. Called on the listener thread: be quick. A
     * notification this process sent itself is not delivered back to it: the sender has already
     * acted on its own change, at its commit, and hearing it again up to a moment later would only
     * undo work done since (e.g. empty a cache filled meanwhile).
     */
    public interface Subscriber {

        void received(String payload);

        /** Notifications may have been lost (the listening connection was down): refresh everything. */
        void mayHaveMissed();
    }

    private static final Logger log = LoggerFactory.getLogger(DatabaseNotifications.class);
    private static final Pattern CHANNEL = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final int WAIT_MILLIS = 500;
    private static final char ORIGIN_END = '|';
    private static final int ORIGIN_LENGTH = 36;
    private static final Duration CHECK_EVERY = Duration.ofSeconds(15);

    /** Marks what this process sends, so that its own notifications are not delivered back to it. */
    private final String origin = UUID.randomUUID().toString();
    private final JdbcClient jdbc;
    private final DedicatedConnections connections;
    private final ClusterProperties properties;
    private final Map<String, List<Subscriber>> subscribers = new ConcurrentHashMap<>();
    private volatile Thread listener;
    private volatile boolean running;

    DatabaseNotifications(JdbcClient jdbc, DedicatedConnections connections, ClusterProperties properties) {
        this.jdbc = jdbc;
        this.connections = connections;
        this.properties = properties;
    }

    /**
     * Notifies every node's subscribers of {@code channel}. Inside a transaction it is sent when (and
     * only if) that transaction commits; outside one, at once.
     */
    public void send(String channel, String payload) {
        jdbc.sql("select pg_notify(:channel, :payload)").param("channel", checked(channel))
                .param("payload", origin + ORIGIN_END + (payload == null ? "" : payload)).query(Object.class).single();
    }

    /** Calls {@code subscriber} on every notification of {@code channel} from now on, from any other process. */
    public void subscribe(String channel, Subscriber subscriber) {
        subscribers.computeIfAbsent(checked(channel), c -> new CopyOnWriteArrayList<>()).add(subscriber);
    }

    private static String checked(String channel) {
        if (channel == null || !CHANNEL.matcher(channel).matches()) {
            throw new IllegalArgumentException("Not a notification channel name: " + channel);
        }
        return channel;
    }

    // --- the listener thread ---

    private void listen() {
        long backoff = 100;
        while (running) {
            try (Connection connection = connections.open("listener")) {
                Set<String> listening = new HashSet<>();
                listenTo(connection, listening);
                // Whatever was sent while nobody here listened (at start, or while reconnecting) is lost.
                everyone(Subscriber::mayHaveMissed);
                log.info("Listening for database notifications on {}", listening);
                backoff = 100;
                long nextCheck = System.nanoTime() + CHECK_EVERY.toNanos();
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = pg.getNotifications(WAIT_MILLIS);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            deliver(notification);
                        }
                    }
                    listenTo(connection, listening);
                    if (System.nanoTime() > nextCheck) {
                        // A connection cut without a word (no FIN) shows only when it is used.
                        try (Statement ping = connection.createStatement()) {
                            ping.execute("select 1");
                        }
                        nextCheck = System.nanoTime() + CHECK_EVERY.toNanos();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("Database notifications connection lost ({}); reconnecting in {} ms", e.getMessage(),
                        backoff);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = Math.min(backoff * 2, properties.listenReconnectMax().toMillis());
            }
        }
    }

    /** LISTENs to every channel subscribed to and not yet listened to on this connection. */
    private void listenTo(Connection connection, Set<String> listening) throws SQLException {
        for (String channel : subscribers.keySet()) {
            if (listening.add(channel)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + channel);
                }
            }
        }
    }

    private void deliver(PGNotification notification) {
        String payload = notification.getParameter();
        int originEnd = payload.indexOf(ORIGIN_END);
        if (originEnd == ORIGIN_LENGTH) {
            if (payload.startsWith(origin)) {
                return; // our own, already acted on at commit
            }
            payload = payload.substring(ORIGIN_LENGTH + 1);
        }
        for (Subscriber subscriber : subscribers.getOrDefault(notification.getName(), List.of())) {
            try {
                subscriber.received(payload);
            } catch (RuntimeException e) {
                log.warn("A subscriber of {} failed", notification.getName(), e);
            }
        }
    }

    private void everyone(java.util.function.Consumer<Subscriber> call) {
        subscribers.values().forEach(list -> list.forEach(subscriber -> {
            try {
                call.accept(subscriber);
            } catch (RuntimeException e) {
                log.warn("A notification subscriber failed", e);
            }
        }));
    }

    // --- lifecycle ---

    @Override
    public void start() {
        running = true;
        Thread thread = new Thread(this::listen, "db-notifications");
        thread.setDaemon(true);
        listener = thread;
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = listener;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(WAIT_MILLIS * 4L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
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
