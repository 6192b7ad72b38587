package org.forewarn.delivery;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.forewarn.shared.ChannelType;
import org.forewarn.shared.taxii.TaxiiClient;
import org.forewarn.shared.taxii.TaxiiCollection;
import org.forewarn.shared.taxii.TaxiiException;
import org.forewarn.shared.taxii.TaxiiStatus;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * POSTs the warning's STIX bundle to a collection on the partner's own TAXII 2.1 server and follows
 * the status resource: delivered once it says every object was added; refused when the partner refuses
 * objects or the request; tried again when the server cannot be reached, is in trouble, or is still
 * working on it. Posting the same objects again is harmless: a TAXII server keeps one copy per id and
 * version. Only deliveries to a partner's own server come here; a warning a partner fetches from
 * Forewarn's collection is delivered when it does.
 */
@Component
class TaxiiChannel implements DeliveryChannel {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** How long one attempt follows a pending status before leaving it to the next attempt. */
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final TaxiiClient client = new TaxiiClient(Duration.ofSeconds(20));

    @Override
    public ChannelType type() {
        return ChannelType.TAXII;
    }

    @Override
    public ChannelLimit defaultLimit() {
        return new ChannelLimit(10, 2);
    }

    @Override
    public Outcome send(Message message) {
        if (!ChannelType.pushesTo(message.address())) {
            return Outcome.refused("A partner reading its collection here is not sent to: " + message.address());
        }
        String user = null;
        String password = null;
        if (message.signingSecret() != null) {
            int colon = message.signingSecret().indexOf(':');
            user = message.signingSecret().substring(0, colon);
            password = message.signingSecret().substring(colon + 1);
        }
        TaxiiCollection collection = new TaxiiCollection(URI.create(message.address()), user, password);
        List<JsonNode> objects = new ArrayList<>();
        try {
            JSON.readTree(message.body()).path("objects").forEach(objects::add);
        } catch (JacksonException e) {
            return Outcome.refused("The warning's STIX bundle could not be read: " + e.getOriginalMessage());
        }
        try {
            TaxiiStatus status = client.awaitComplete(collection, client.add(collection, objects), PATIENCE);
            if (status.succeeded()) {
                return Outcome.delivered("TAXII status " + status.id() + ": " + status.successCount() + " objects added");
            }
            if (!status.complete()) {
                return Outcome.retry("TAXII status " + status.id() + " still pending (" + status.pendingCount()
                        + " of " + status.totalCount() + ")");
            }
            return Outcome.refused("The partner's server refused " + status.failureCount() + " of "
                    + status.totalCount() + " objects" + status.failures().stream().findFirst()
                    .map(f -> ": " + f.id() + " " + f.message()).orElse(""));
        } catch (TaxiiException e) {
            return e.retryable() ? Outcome.retry(e.getMessage()) : Outcome.refused(e.getMessage());
        }
    }
}
