package org.forewarn.taxii;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.forewarn.shared.EventType;

/**
 * A partner service retrieved these objects (their content, not only the manifest) from its
 * recipient's collection for the first time: each version counts once, whoever of the partner's
 * accounts reads it and however often. Staff reading a collection for oversight never counts.
 *
 * @param objectIds the STIX ids retrieved for the first time, each once
 */
@EventType("TaxiiObjectsRetrieved")
public record TaxiiObjectsRetrieved(UUID collectionId, UUID recipientId, List<String> objectIds, String retrievedBy,
                                    Instant at) implements TaxiiEvent {

    public TaxiiObjectsRetrieved {
        objectIds = List.copyOf(objectIds);
    }
}
