package org.forewarn.intake;

import java.util.ArrayList;
import java.util.List;

import org.forewarn.recipient.RecipientView;
import org.forewarn.recipient.Recipients;
import org.forewarn.taxii.ReportingReceived;
import org.forewarn.taxii.TaxiiCollections;
import org.forewarn.threat.SourceReliability;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * Reporting a partner posts to its reporting collection on Forewarn's TAXII server joins the same
 * queue as reporting read from partners' own servers: each STIX report once per version, graded with
 * the partner's feed grade if it has a feed, else F (reliability cannot be judged).
 */
@Component
class PostedReporting {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TaxiiCollections collections;
    private final Recipients recipients;
    private final JdbcClient jdbc;
    private final ReportingQueue queue;

    PostedReporting(TaxiiCollections collections, Recipients recipients, JdbcClient jdbc, ReportingQueue queue) {
        this.collections = collections;
        this.recipients = recipients;
        this.jdbc = jdbc;
        this.queue = queue;
    }

    @EventListener
    @Transactional
    void on(ReportingReceived received) {
        String source = recipients.find(received.recipientId()).map(RecipientView::name)
                .orElse("Partner " + received.recipientId());
        SourceReliability reliability = jdbc.sql("select source_reliability from intake_feeds where recipient_id = "
                        + ":recipient order by added_at limit 1").param("recipient", received.recipientId())
                .query(String.class).optional().map(SourceReliability::valueOf).orElse(SourceReliability.F);
        for (JsonNode report : collections.objects(received.collectionId(), received.objectIds())) {
            if (!"report".equals(report.path("type").asString(""))) {
                continue;
            }
            List<String> refs = new ArrayList<>();
            report.path("object_refs").forEach(r -> refs.add(r.asString()));
            ArrayNode related = JSON.createArrayNode();
            collections.objects(received.collectionId(), refs).forEach(related::add);
            queue.add(new ReportingQueue.Origin(null, received.collectionId(), source, reliability), report, related);
        }
    }
}
