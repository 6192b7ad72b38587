package org.forewarn.fanout;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How much public-alert fan-out is still to do, across every node: {@code forewarn_fanout_backlog}
 * (messages still queued, including those waiting to be tried again) and {@code forewarn_fanouts_running}.
 * Read from the fan-outs' own totals (one row per alert message), so a scrape costs one small query.
 * The rate of messages sent is {@code forewarn_deliveries_total{client="alert"}}.
 */
@Component
class FanOutMetrics {

    private final JdbcClient jdbc;

    FanOutMetrics(JdbcClient jdbc, MeterRegistry registry) {
        this.jdbc = jdbc;
        Gauge.builder("forewarn.fanout.backlog", this::backlog)
                .description("Public alert messages still queued across the fan-outs not yet completed")
                .baseUnit("messages").register(registry);
        Gauge.builder("forewarn.fanouts.running", this::running)
                .description("Fan-outs not yet completed (matching or sending)").register(registry);
    }

    double backlog() {
        return jdbc.sql("select coalesce(sum(messages - sent - delivered - failed), 0) from fanouts "
                + "where status <> 'COMPLETED'").query(Long.class).single();
    }

    double running() {
        return jdbc.sql("select count(*) from fanouts where status <> 'COMPLETED'").query(Long.class).single();
    }
}
