package org.forewarn.intake;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.forewarn.threat.SourceReliability;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts a partner's STIX report in the intake queue, once per id and version from each place it comes
 * from (a feed we poll, or the partner's reporting collection here), with its arrival on the audit chain.
 */
@Component
class ReportingQueue {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReportingQueue(JdbcClient jdbc, ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Where a report came from: a feed we poll, or a collection on our TAXII server the partner posts to. */
    record Origin(UUID feedId, UUID taxiiCollectionId, String source, SourceReliability reliability) {
    }

    /** @return whether it was new (else the same version was already queued from there) */
    boolean add(Origin origin, JsonNode report, JsonNode related) {
        UUID id = UUID.randomUUID();
        String stixId = report.path("id").asString("");
        String version = report.path("modified").asString(report.path("created").asString(""));
        String name = report.path("name").asString("(unnamed report)");
        String conflict = origin.feedId() != null ? "feed_id" : "taxii_collection_id";
        Boolean added = transactions.execute(tx -> {
            int rows = jdbc.sql("insert into incoming_reporting (id, feed_id, taxii_collection_id, source, "
                            + "source_reliability, stix_id, stix_version, name, report, related, received_at, status) "
                            + "values (:id, :feed, :collection, :source, :reliability, :stixId, :version, :name, "
                            + "cast(:report as jsonb), cast(:related as jsonb), :at, 'NEW') "
                            + "on conflict (" + conflict + ", stix_id, stix_version) do nothing")
                    .param("id", id).param("feed", origin.feedId()).param("collection", origin.taxiiCollectionId())
                    .param("source", origin.source()).param("reliability", origin.reliability().name())
                    .param("stixId", stixId).param("version", version)
                    .param("name", name.length() > 1000 ? name.substring(0, 1000) : name)
                    .param("report", JSON.writeValueAsString(report)).param("related", JSON.writeValueAsString(related))
                    .param("at", Timestamp.from(clock.instant())).update();
            if (rows == 1) {
                events.publishEvent(new ReportingArrived(id, origin.feedId(), stixId, version, name));
            }
            return rows == 1;
        });
        return Boolean.TRUE.equals(added);
    }
}
