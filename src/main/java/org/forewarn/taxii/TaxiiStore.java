package org.forewarn.taxii;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The collections, the objects in them, their first retrievals and the status of each POST. */
@Repository
class TaxiiStore {

    /** One stored version of an object. */
    record Row(String stixId, String version, Instant versionAt, Instant dateAdded, String specVersion, String type,
               String object) {
    }

    /** The outcome of one POST of objects, as the status resource shows it. */
    record Status(UUID id, UUID collectionId, String requestedBy, Instant requestTime, int total, int successes,
                  int failures, int pendings, String successDetails, String failureDetails, String pendingDetails) {
    }

    private static final String COLLECTION = """
            select id, recipient_id, kind, title, description, partner_can_read, partner_can_write
            from taxii_collections""";

    private final JdbcClient jdbc;

    TaxiiStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TaxiiCollection> collection(UUID id) {
        return jdbc.sql(COLLECTION + " where id = :id").param("id", id).query(TaxiiStore::collection).optional();
    }

    /** @param recipientId whose collections, or {@code null} for everyone's; each recipient's warnings first */
    List<TaxiiCollection> collections(UUID recipientId) {
        return jdbc.sql(COLLECTION + (recipientId == null ? "" : " where recipient_id = :recipient")
                        + " order by recipient_id, kind desc, id")
                .params(recipientId == null ? Map.of() : Map.of("recipient", recipientId))
                .query(TaxiiStore::collection).list();
    }

    Optional<TaxiiCollection> collectionOf(UUID recipientId, CollectionKind kind) {
        return jdbc.sql(COLLECTION + " where recipient_id = :recipient and kind = :kind")
                .param("recipient", recipientId).param("kind", kind.name()).query(TaxiiStore::collection).optional();
    }

    /** Adds the collection unless the recipient has one of its kind already (then nothing changes). */
    void addCollection(TaxiiCollection collection, String apiRoot, Instant now) {
        jdbc.sql("""
                insert into taxii_collections (id, api_root, recipient_id, kind, title, description, partner_can_read,
                                               partner_can_write, created_at)
                values (:id, :apiRoot, :recipient, :kind, :title, :description, :canRead, :canWrite, :now)
                on conflict (recipient_id, kind) do nothing""")
                .param("id", collection.id()).param("apiRoot", apiRoot).param("recipient", collection.recipientId())
                .param("kind", collection.kind().name()).param("title", collection.title())
                .param("description", collection.description()).param("canRead", collection.partnerCanRead())
                .param("canWrite", collection.partnerCanWrite()).param("now", Timestamp.from(now)).update();
    }

    /**
     * Locks the collection for adding, until the transaction ends, so that objects are added to it one
     * request after the other and each commit holds later dates than every commit before it.
     *
     * @return the newest date_added in the collection, or {@code null} while it is empty
     */
    Instant lockForAdding(UUID collectionId) {
        return jdbc.sql("select last_added from taxii_collections where id = :id for update").param("id", collectionId)
                .query((rs, n) -> Optional.ofNullable(instant(rs, "last_added"))).single().orElse(null);
    }

    void setLastAdded(UUID collectionId, Instant lastAdded) {
        jdbc.sql("update taxii_collections set last_added = :last where id = :id")
                .param("last", Timestamp.from(lastAdded)).param("id", collectionId).update();
    }

    /** @return whether the version was new (an existing one is left as it is) */
    boolean add(UUID collectionId, Row row) {
        return jdbc.sql("""
                insert into taxii_objects (collection_id, stix_id, version_at, version, date_added, spec_version, type,
                                           object)
                values (:collection, :id, :versionAt, :version, :added, :specVersion, :type, cast(:object as jsonb))
                on conflict (collection_id, stix_id, version_at) do nothing""")
                .param("collection", collectionId).param("id", row.stixId())
                .param("versionAt", Timestamp.from(row.versionAt())).param("version", row.version())
                .param("added", Timestamp.from(row.dateAdded())).param("specVersion", row.specVersion())
                .param("type", row.type()).param("object", row.object()).update() == 1;
    }

    /** The stored version at this instant, or for {@code versionAt == null} (an observable) any stored version. */
    Optional<Row> stored(UUID collectionId, String stixId, Instant versionAt) {
        return jdbc.sql("select * from taxii_objects where collection_id = :collection and stix_id = :id"
                        + (versionAt == null ? "" : " and version_at = :versionAt") + " order by date_added limit 1")
                .param("collection", collectionId).param("id", stixId)
                .params(versionAt == null ? Map.of() : Map.of("versionAt", Timestamp.from(versionAt)))
                .query(TaxiiStore::row).optional();
    }

    boolean contains(UUID collectionId, String stixId) {
        return jdbc.sql("""
                        select exists (select 1 from taxii_objects where collection_id = :collection and stix_id = :id)""")
                .param("collection", collectionId).param("id", stixId).query(Boolean.class).single();
    }

    /**
     * Up to {@code limit} versions that pass the filter, in the order they were added. Which versions
     * of an object are first or last is decided among all its versions in the collection (that pass
     * the id, type and spec_version filters), before {@code added_after} cuts the list.
     */
    List<Row> find(UUID collectionId, ObjectFilter filter, int limit) {
        StringBuilder inner = new StringBuilder("""
                select o.*, row_number() over (partition by stix_id order by version_at desc) as newest,
                            row_number() over (partition by stix_id order by version_at) as oldest
                from taxii_objects o where collection_id = :collection""");
        var params = new HashMap<String, Object>();
        params.put("collection", collectionId);
        if (!filter.ids().isEmpty()) {
            inner.append(" and stix_id in (:ids)");
            params.put("ids", filter.ids());
        }
        if (!filter.types().isEmpty()) {
            inner.append(" and type in (:types)");
            params.put("types", filter.types());
        }
        if (!filter.specVersions().isEmpty()) {
            inner.append(" and spec_version in (:specVersions)");
            params.put("specVersions", filter.specVersions());
        }
        List<String> versionConditions = new ArrayList<>();
        ObjectFilter.Versions versions = filter.versions();
        if (versions.all()) {
            versionConditions.add("true");
        }
        if (versions.first()) {
            versionConditions.add("oldest = 1");
        }
        if (versions.last()) {
            versionConditions.add("newest = 1");
        }
        if (!versions.at().isEmpty()) {
            versionConditions.add("version_at in (:versionsAt)");
            params.put("versionsAt", versions.at().stream().map(Timestamp::from).toList());
        }
        StringBuilder sql = new StringBuilder("select * from (").append(inner).append(") v where (")
                .append(String.join(" or ", versionConditions)).append(")");
        if (filter.after() != null) {
            sql.append(" and date_added > :after");
            params.put("after", Timestamp.from(filter.after()));
        }
        sql.append(" order by date_added limit :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query(TaxiiStore::row).list();
    }

    /** Up to {@code limit} versions of one object, in the order they were added. */
    List<Row> versions(UUID collectionId, String stixId, Set<String> specVersions, Instant after, int limit) {
        var params = new HashMap<String, Object>();
        params.put("collection", collectionId);
        params.put("id", stixId);
        params.put("limit", limit);
        String sql = "select * from taxii_objects where collection_id = :collection and stix_id = :id";
        if (!specVersions.isEmpty()) {
            sql += " and spec_version in (:specVersions)";
            params.put("specVersions", specVersions);
        }
        if (after != null) {
            sql += " and date_added > :after";
            params.put("after", Timestamp.from(after));
        }
        return jdbc.sql(sql + " order by date_added limit :limit").params(params).query(TaxiiStore::row).list();
    }

    /**
     * Records that the partner retrieved these versions.
     *
     * @return the ids of those retrieved now for the first time, each once, in order
     */
    List<String> markRetrieved(UUID collectionId, List<Row> rows, String by, Instant at) {
        List<String> firstTime = new ArrayList<>();
        for (Row row : rows) {
            int added = jdbc.sql("""
                    insert into taxii_retrievals (collection_id, stix_id, version_at, retrieved_at, retrieved_by)
                    values (:collection, :id, :versionAt, :at, :by) on conflict do nothing""")
                    .param("collection", collectionId).param("id", row.stixId())
                    .param("versionAt", Timestamp.from(row.versionAt())).param("at", Timestamp.from(at))
                    .param("by", by).update();
            if (added == 1 && !firstTime.contains(row.stixId())) {
                firstTime.add(row.stixId());
            }
        }
        return firstTime;
    }

    void addStatus(Status status) {
        jdbc.sql("""
                insert into taxii_status (id, collection_id, requested_by, request_time, total_count, success_count,
                                          failure_count, pending_count, successes, failures, pendings)
                values (:id, :collection, :by, :at, :total, :successes, :failures, :pendings,
                        cast(:successDetails as jsonb), cast(:failureDetails as jsonb), cast(:pendingDetails as jsonb))""")
                .param("id", status.id()).param("collection", status.collectionId()).param("by", status.requestedBy())
                .param("at", Timestamp.from(status.requestTime())).param("total", status.total())
                .param("successes", status.successes()).param("failures", status.failures())
                .param("pendings", status.pendings()).param("successDetails", status.successDetails())
                .param("failureDetails", status.failureDetails()).param("pendingDetails", status.pendingDetails())
                .update();
    }

    Optional<Status> status(UUID id) {
        return jdbc.sql("""
                select id, collection_id, requested_by, request_time, total_count, success_count, failure_count,
                       pending_count, successes::text as s, failures::text as f, pendings::text as p
                from taxii_status where id = :id""").param("id", id)
                .query((rs, n) -> new Status(rs.getObject("id", UUID.class), rs.getObject("collection_id", UUID.class),
                        rs.getString("requested_by"), instant(rs, "request_time"), rs.getInt("total_count"),
                        rs.getInt("success_count"), rs.getInt("failure_count"), rs.getInt("pending_count"),
                        rs.getString("s"), rs.getString("f"), rs.getString("p"))).optional();
    }

    private static TaxiiCollection collection(ResultSet rs, int n) throws SQLException {
        return new TaxiiCollection(rs.getObject("id", UUID.class), rs.getObject("recipient_id", UUID.class),
                CollectionKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("description"),
                rs.getBoolean("partner_can_read"), rs.getBoolean("partner_can_write"));
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getString("stix_id"), rs.getString("version"), instant(rs, "version_at"),
                instant(rs, "date_added"), rs.getString("spec_version"), rs.getString("type"), rs.getString("object"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
