package org.forewarn.taxii;

import java.util.List;
import java.util.UUID;

import org.forewarn.shared.EventType;

/**
 * A partner service added objects to its reporting collection. Only objects (versions) new to the
 * collection are named; the rest of the request is in its status resource.
 *
 * @param statusId  the status resource of the request that brought them
 * @param objectIds the STIX ids newly stored, each once
 */
@EventType("ReportingReceived")
public record ReportingReceived(UUID collectionId, UUID recipientId, UUID statusId, List<String> objectIds,
                                String receivedBy) implements TaxiiEvent {

    public ReportingReceived {
        objectIds = List.copyOf(objectIds);
    }
}
