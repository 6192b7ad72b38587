package org.forewarn.taxii;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.forewarn.identity.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the TAXII endpoints do, for the signed-in caller: reading, adding, and the status of adding. */
@Service
class TaxiiServer {

    /** One page of stored versions, and whether more follow it. */
    record Page(List<TaxiiStore.Row> rows, boolean more) {

        Instant first() {
            return rows.isEmpty() ? null : rows.get(0).dateAdded();
        }

        Instant last() {
            return rows.isEmpty() ? null : rows.get(rows.size() - 1).dateAdded();
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TaxiiStore store;
    private final TaxiiCollections collections;
    private final TaxiiProperties properties;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TaxiiServer(TaxiiStore store, TaxiiCollections collections, TaxiiProperties properties, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.collections = collections;
        this.properties = properties;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    CollectionAccess access() {
        return new CollectionAccess(currentUser.actor(), currentUser.partnerRecipient().orElse(null));
    }

    List<TaxiiCollection> visibleCollections() {
        CollectionAccess access = access();
        if (access.isPartner()) {
            return store.collections(access.partnerRecipient());
        }
        return access.oversees() ? store.collections(null) : List.of();
    }

    /** The collection if the caller may see it; one it may not see does not exist for it (404). */
    TaxiiCollection visible(UUID collectionId) {
        return store.collection(collectionId).filter(access()::sees).orElseThrow(() -> TaxiiException.notFound(
                "No collection " + collectionId + " in this API root that you may see."));
    }

    /**
     * A page of objects. A partner's first retrieval of each version is recorded and announced
     * ({@link TaxiiObjectsRetrieved}); staff reading for oversight are not.
     */
    @Transactional
    Page objects(UUID collectionId, ObjectFilter filter, Integer limit) {
        TaxiiCollection collection = readable(collectionId);
        Page page = page(store.find(collectionId, filter, pageSize(limit) + 1), pageSize(limit));
        delivered(collection, page);
        return page;
    }

    /** The versions of one object that pass the filter; 404 if the collection holds no such object. */
    @Transactional
    Page object(UUID collectionId, String objectId, ObjectFilter filter, Integer limit) {
        TaxiiCollection collection = readable(collectionId);
        requireObject(collectionId, objectId);
        ObjectFilter one = new ObjectFilter(java.util.Set.of(objectId), java.util.Set.of(), filter.versions(),
                filter.specVersions(), filter.after());
        Page page = page(store.find(collectionId, one, pageSize(limit) + 1), pageSize(limit));
        delivered(collection, page);
        return page;
    }

    /** As {@link #objects}, without the objects' content: no retrieval is recorded. */
    Page manifest(UUID collectionId, ObjectFilter filter, Integer limit) {
        readable(collectionId);
        return page(store.find(collectionId, filter, pageSize(limit) + 1), pageSize(limit));
    }

    Page versions(UUID collectionId, String objectId, ObjectFilter filter, Integer limit) {
        readable(collectionId);
        requireObject(collectionId, objectId);
        return page(store.versions(collectionId, objectId, filter.specVersions(), filter.after(), pageSize(limit) + 1),
                pageSize(limit));
    }

    /**
     * Adds an envelope's objects to a collection the caller may write. Each object is checked on its
     * own: those that fail are listed in the status with why, the others are stored.
     */
    @Transactional
    TaxiiStore.Status add(UUID collectionId, JsonNode envelope) {
        TaxiiCollection collection = visible(collectionId);
        if (!access().writes(collection)) {
            throw TaxiiException.forbidden("You may not add objects to the collection " + collectionId + ".");
        }
        JsonNode objects = envelope == null || !envelope.isObject() ? null : envelope.get("objects");
        if (objects == null || !objects.isArray()) {
            throw TaxiiException.badRequest("The body must be a TAXII envelope: {\"objects\": [ ... ]}.");
        }
        List<Map<String, Object>> failures = new ArrayList<>();
        List<StixObjectCheck.Checked> valid = new ArrayList<>();
        for (JsonNode object : objects) {
            StixObjectCheck.Outcome outcome = StixObjectCheck.check(object);
            if (outcome.ok()) {
                valid.add(outcome.checked());
            } else {
                failures.add(details(outcome.id(), outcome.version(), outcome.problem()));
            }
        }
        List<Published.Stored> stored = collections.add(collectionId, valid);
        List<Map<String, Object>> successes = new ArrayList<>();
        List<String> added = new ArrayList<>();
        for (Published.Stored object : stored) {
            successes.add(details(object.id(), object.version(), object.added() ? "added"
                    : "already in the collection (this version)"));
            if (object.added() && !added.contains(object.id())) {
                added.add(object.id());
            }
        }
        String by = currentUser.name();
        TaxiiStore.Status status = new TaxiiStore.Status(UUID.randomUUID(), collectionId, by,
                clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS),
                objects.size(), successes.size(), failures.size(), 0, JSON.writeValueAsString(successes),
                JSON.writeValueAsString(failures), "[]");
        store.addStatus(status);
        if (!added.isEmpty()) {
            events.publishEvent(new ReportingReceived(collectionId, collection.recipientId(), status.id(), added, by));
        }
        return status;
    }

    /** The status of a POST to a collection the caller may see; any other does not exist for it. */
    TaxiiStore.Status status(UUID statusId) {
        TaxiiStore.Status status = store.status(statusId).orElseThrow(() -> statusNotFound(statusId));
        store.collection(status.collectionId()).filter(access()::sees).orElseThrow(() -> statusNotFound(statusId));
        return status;
    }

    int maxPageSize() {
        return properties.maxPageSize();
    }

    private static TaxiiException statusNotFound(UUID statusId) {
        return TaxiiException.notFound("No status " + statusId + " that you may see.");
    }

    private TaxiiCollection readable(UUID collectionId) {
        TaxiiCollection collection = visible(collectionId);
        if (!access().reads(collection)) {
            throw TaxiiException.forbidden("You may not read the collection " + collectionId + ".");
        }
        return collection;
    }

    private void requireObject(UUID collectionId, String objectId) {
        if (!store.contains(collectionId, objectId)) {
            throw TaxiiException.notFound("No object " + objectId + " in the collection " + collectionId + ".");
        }
    }

    private void delivered(TaxiiCollection collection, Page page) {
        CollectionAccess access = access();
        if (!access.isPartner() || page.rows().isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<String> firstTime = store.markRetrieved(collection.id(), page.rows(), access.actor().username(), now);
        if (!firstTime.isEmpty()) {
            events.publishEvent(new TaxiiObjectsRetrieved(collection.id(), collection.recipientId(), firstTime,
                    access.actor().username(), now));
        }
    }

    private int pageSize(Integer limit) {
        if (limit == null) {
            return properties.maxPageSize();
        }
        if (limit < 1) {
            throw TaxiiException.badRequest("limit must be a positive number.");
        }
        return Math.min(limit, properties.maxPageSize());
    }

    private static Page page(List<TaxiiStore.Row> fetched, int size) {
        boolean more = fetched.size() > size;
        return new Page(more ? fetched.subList(0, size) : fetched, more);
    }

    static Map<String, Object> details(String id, String version, String message) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("id", id);
        details.put("version", version);
        details.put("message", message);
        return details;
    }
}
