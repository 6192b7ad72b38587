package org.forewarn.due;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.forewarn.operations.MetricsProperties;
import org.forewarn.shared.DueItem;
import org.forewarn.shared.DueItemSource;
import org.forewarn.shared.DueKind;
import org.springframework.stereotype.Component;

/**
 * The due queue as gauges: {@code forewarn_due_items{kind}} (everything waiting, whoever it waits for)
 * and {@code forewarn_due_items_overdue{kind}} (of which past its deadline: a warning not sent in time,
 * an acknowledgment not received, a failed delivery, a corrective action late). Gathering the queue asks
 * every module, so it is done at most once per {@code forewarn.metrics.refresh} and shared by every
 * gauge and every scraper in between.
 */
@Component
class DueMetrics {

    private final List<DueItemSource> sources;
    private final Clock clock;
    private final Duration refresh;
    private Counts counts;
    private long countedAt;

    private record Counts(Map<DueKind, Integer> items, Map<DueKind, Integer> overdue) {
    }

    DueMetrics(List<DueItemSource> sources, Clock clock, MetricsProperties properties, MeterRegistry registry) {
        this.sources = sources;
        this.clock = clock;
        this.refresh = properties.refresh();
        for (DueKind kind : DueKind.values()) {
            Gauge.builder("forewarn.due.items", () -> counts().items().get(kind))
                    .description("Items waiting for a person's action, by kind (DueKind)")
                    .tag("kind", kind.name()).register(registry);
            Gauge.builder("forewarn.due.items.overdue", () -> counts().overdue().get(kind))
                    .description("Items past their deadline, by kind: deadlines missed and not yet made good")
                    .tag("kind", kind.name()).register(registry);
        }
    }

    private synchronized Counts counts() {
        long now = System.nanoTime();
        if (counts == null || now - countedAt >= refresh.toNanos()) {
            counts = count(clock.instant());
            countedAt = now;
        }
        return counts;
    }

    private Counts count(Instant now) {
        Map<DueKind, Integer> items = new EnumMap<>(DueKind.class);
        Map<DueKind, Integer> overdue = new EnumMap<>(DueKind.class);
        for (DueKind kind : DueKind.values()) {
            items.put(kind, 0);
            overdue.put(kind, 0);
        }
        for (DueItemSource source : sources) {
            for (DueItem item : source.dueItems(now)) {
                items.merge(item.kind(), 1, Integer::sum);
                if (item.overdue()) {
                    overdue.merge(item.kind(), 1, Integer::sum);
                }
            }
        }
        return new Counts(items, overdue);
    }
}
