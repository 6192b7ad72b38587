package org.forewarn.warning;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.forewarn.delivery.Deliveries;
import org.forewarn.delivery.Dispatch;
import org.forewarn.delivery.Publication;
import org.forewarn.shared.ChannelType;
import org.forewarn.taxii.TaxiiCollections;
import org.forewarn.taxii.TaxiiObjectsRetrieved;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The TAXII channel: a warning sent to a recipient whose channel is TAXII is published, as its STIX
 * bundle ({@link WarningStix}), to the recipient's collection on Forewarn's TAXII server, in the
 * transaction that sends it. The partner's first retrieval of the warning's report is its delivery:
 * the warning is DELIVERED and its signed receipt issued, as on every other channel.
 */
@Component
class TaxiiPublication {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WarningStix stix;
    private final TaxiiCollections collections;
    private final Deliveries deliveries;
    private final JdbcClient jdbc;

    TaxiiPublication(WarningStix stix, TaxiiCollections collections, Deliveries deliveries, JdbcClient jdbc) {
        this.stix = stix;
        this.collections = collections;
        this.deliveries = deliveries;
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(WarningSent sent) {
        if (!ChannelType.TAXII.name().equals(sent.channel())) {
            return;
        }
        JsonNode bundle = stix.bundle(sent.warningId());
        String address = jdbc.sql("select channel_address from warnings where id = :id").param("id", sent.warningId())
                .query(String.class).single();
        if (ChannelType.pushesTo(address)) {
            // To the partner's own TAXII server: the delivery engine POSTs it and follows the status.
            deliveries.dispatch(new Dispatch(sent.warningId(), sent.recipientId(), ChannelType.TAXII, address,
                    "STIX report " + WarningStix.reportId(sent.warningId()), JSON.writeValueAsString(bundle), null));
            return;
        }
        List<JsonNode> objects = new ArrayList<>();
        bundle.get("objects").forEach(objects::add);
        collections.ensureCollectionsFor(sent.recipientId(), true);
        var published = collections.publishToRecipient(sent.recipientId(), objects);
        deliveries.recordPublication(new Publication(sent.warningId(), sent.recipientId(), address,
                "STIX report " + WarningStix.reportId(sent.warningId()), JSON.writeValueAsString(bundle),
                "Published to TAXII collection " + published.collectionId() + " as "
                        + WarningStix.reportId(sent.warningId()) + "; delivered when the partner retrieves it"));
    }

    /** The partner retrieved objects: each warning whose report is among them is delivered. */
    @EventListener
    @Transactional
    void on(TaxiiObjectsRetrieved retrieved) {
        List<UUID> waiting = jdbc.sql("select id from warnings where recipient_id = :recipient and channel_type = "
                        + "'TAXII' and state = 'SENT'").param("recipient", retrieved.recipientId())
                .query(UUID.class).list();
        for (UUID warningId : waiting) {
            if (retrieved.objectIds().contains(WarningStix.reportId(warningId))) {
                deliveries.recordPickup(warningId, retrieved.at(), retrieved.retrievedBy(),
                        "Retrieved from TAXII collection " + retrieved.collectionId());
            }
        }
    }
}
