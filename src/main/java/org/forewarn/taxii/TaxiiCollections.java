package org.forewarn.taxii;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.forewarn.recipient.RecipientView;
import org.forewarn.recipient.Recipients;
import org.forewarn.shared.DomainException;
import org.forewarn.shared.InvalidInput;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The TAXII server's front door for the rest of Forewarn: a recipient's collections, and publishing
 * STIX objects into them. Partners reach the same collections over HTTP ({@code /taxii2/}).
 */
@Service
@EnableConfigurationProperties(TaxiiProperties.class)
public class TaxiiCollections {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TaxiiStore store;
    private final Recipients recipients;
    private final TaxiiProperties properties;
    private final Clock clock;

    TaxiiCollections(TaxiiStore store, Recipients recipients, TaxiiProperties properties, Clock clock) {
        this.store = store;
        this.recipients = recipients;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Makes sure the recipient has its read collection ("Warnings for ...") and, if {@code writable},
     * its write collection ("Reporting from ..."). Calling it again changes nothing; a write collection
     * once made is kept (what the partner sent stays on record).
     *
     * @return the recipient's collections, warnings first
     */
    @Transactional
    public List<TaxiiCollection> ensureCollectionsFor(UUID recipientId, boolean writable) {
        RecipientView recipient = recipients.find(recipientId)
                .orElseThrow(() -> DomainException.notFound("recipient", recipientId));
        Instant now = clock.instant();
        store.addCollection(new TaxiiCollection(UUID.randomUUID(), recipientId, CollectionKind.WARNINGS_TO_PARTNER,
                "Warnings for " + recipient.name(), "The warnings Forewarn addresses to " + recipient.name()
                + ", as STIX 2.1.", true, false), properties.apiRoot(), now);
        if (writable) {
            store.addCollection(new TaxiiCollection(UUID.randomUUID(), recipientId,
                    CollectionKind.REPORTING_FROM_PARTNER, "Reporting from " + recipient.name(),
                    "Reporting " + recipient.name() + " sends to Forewarn, as STIX 2.1.", true, true),
                    properties.apiRoot(), now);
        }
        return collectionsOf(recipientId);
    }

    /** The recipient's collections, warnings first; empty if it has none. */
    public List<TaxiiCollection> collectionsOf(UUID recipientId) {
        List<TaxiiCollection> found = new ArrayList<>(store.collections(recipientId));
        found.sort(java.util.Comparator.comparing(TaxiiCollection::kind));
        return found;
    }

    public Optional<TaxiiCollection> collectionOf(UUID recipientId, CollectionKind kind) {
        return store.collectionOf(recipientId, kind);
    }

    /**
     * The last stored version of each of these objects in the collection (those it holds), in the order
     * they were added: e.g. the reports a {@link ReportingReceived} names.
     */
    public List<JsonNode> objects(UUID collectionId, List<String> objectIds) {
        if (objectIds.isEmpty()) {
            return List.of();
        }
        ObjectFilter filter = new ObjectFilter(java.util.Set.copyOf(objectIds), java.util.Set.of(),
                ObjectFilter.Versions.LAST, java.util.Set.of(), null);
        return store.find(collectionId, filter, objectIds.size()).stream()
                .map(row -> (JsonNode) JSON.readTree(row.object())).toList();
    }

    /**
     * Adds the objects to the recipient's warnings collection (see {@link #publish}).
     *
     * @throws DomainException not found if the recipient has no warnings collection yet ({@link #ensureCollectionsFor})
     */
    @Transactional
    public Published publishToRecipient(UUID recipientId, List<JsonNode> stixObjects) {
        TaxiiCollection collection = store.collectionOf(recipientId, CollectionKind.WARNINGS_TO_PARTNER)
                .orElseThrow(() -> DomainException.notFound("TAXII warnings collection of recipient", recipientId));
        return publish(collection.id(), stixObjects);
    }

    /**
     * Adds STIX 2.1 objects to a collection, all or none: one that fails the checks refuses them all.
     * A version already in the collection is left as it is ({@code added} false); a later version of
     * an object is added beside the earlier ones.
     */
    @Transactional
    public Published publish(UUID collectionId, List<JsonNode> stixObjects) {
        store.collection(collectionId).orElseThrow(() -> DomainException.notFound("TAXII collection", collectionId));
        List<StixObjectCheck.Checked> checked = new ArrayList<>();
        for (int i = 0; i < stixObjects.size(); i++) {
            StixObjectCheck.Outcome outcome = StixObjectCheck.check(stixObjects.get(i));
            if (!outcome.ok()) {
                throw InvalidInput.of("objects[" + i + "]", outcome.problem());
            }
            checked.add(outcome.checked());
        }
        return new Published(collectionId, add(collectionId, checked));
    }

    /**
     * Stores checked objects in one collection, each new version with a date added later than every
     * other in the collection (the collection is locked until the transaction ends).
     */
    List<Published.Stored> add(UUID collectionId, List<StixObjectCheck.Checked> objects) {
        Instant last = store.lockForAdding(collectionId);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Published.Stored> stored = new ArrayList<>();
        for (StixObjectCheck.Checked object : objects) {
            Optional<TaxiiStore.Row> existing = store.stored(collectionId, object.id(), object.versionAt());
            if (existing.isPresent()) {
                stored.add(new Published.Stored(object.id(), existing.get().version(), existing.get().dateAdded(),
                        false));
                continue;
            }
            Instant dateAdded = last == null || now.isAfter(last) ? now : last.plus(1, ChronoUnit.MICROS);
            Instant versionAt = object.versionAt() != null ? object.versionAt() : dateAdded;
            String version = object.version() != null ? object.version() : TaxiiTimestamps.format(dateAdded);
            JsonNode specVersion = object.object().get("spec_version");
            store.add(collectionId, new TaxiiStore.Row(object.id(), version, versionAt, dateAdded,
                    specVersion.asString(), object.type(), object.object().toString()));
            last = dateAdded;
            stored.add(new Published.Stored(object.id(), version, dateAdded, true));
        }
        if (last != null) {
            store.setLastAdded(collectionId, last);
        }
        return stored;
    }
}
