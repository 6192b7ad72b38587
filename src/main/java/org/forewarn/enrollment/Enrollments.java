package org.forewarn.enrollment;

import java.io.Reader;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.forewarn.shared.DomainException;
import org.forewarn.shared.Keyset;
import org.forewarn.shared.KeysetSql;
import org.forewarn.shared.ListCount;
import org.forewarn.shared.Page;
import org.forewarn.shared.PageRequest;
import org.forewarn.shared.SqlCondition;
import org.forewarn.shared.SqlFilter;
import org.forewarn.shared.Violations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registry of people who asked to be warned, and where they are. */
@Service
@EnableConfigurationProperties(EnrollmentProperties.class)
public class Enrollments {

    private final EnrolleeRecords records;
    private final EnrollmentImport importer;
    private final Clock clock;
    private final JdbcClient jdbc;

    Enrollments(EnrolleeRecords records, EnrollmentImport importer, Clock clock, JdbcClient jdbc) {
        this.records = records;
        this.importer = importer;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    @Transactional
    public EnrollmentView enroll(Enroll command) {
        if (command.externalId() != null && records.existsByExternalId(command.externalId())) {
            throw externalIdTaken(command.externalId());
        }
        try {
            return records.save(Enrollee.enroll(command, clock.instant())).view();
        } catch (RuntimeException e) { // enrolled at the same moment, by the API or an import
            throw duplicateKey(e) ? externalIdTaken(command.externalId()) : e;
        }
    }

    @Transactional
    public EnrollmentView replace(UUID id, Enroll command) {
        Enrollee person = loadForChange(id);
        person.replace(command, clock.instant());
        try {
            return records.save(person).view();
        } catch (RuntimeException e) {
            throw duplicateKey(e) ? externalIdTaken(command.externalId()) : e;
        }
    }

    @Transactional
    public void remove(UUID id) {
        Enrollee person = loadForChange(id);
        person.markRemoved();
        records.delete(person);
    }

    public EnrollmentView view(UUID id) {
        return load(id).view();
    }

    /**
     * One page of the people enrolled, most recently enrolled first (ties by id: a CSV import enrolls
     * many at one instant), found through the (created_at desc, id desc) index at any depth.
     *
     * @param query any part of the name (case-insensitive, through its trigram index), or an external id
     *              exactly; null for everyone
     */
    public Page<EnrollmentView> page(String query, PageRequest request) {
        KeysetSql keyset = KeysetSql.over("created_at", "id", request);
        SqlCondition where = where(query);
        List<UUID> ids = keyset.ids(jdbc, "enrollees", where);
        List<EnrollmentView> found = KeysetSql.inOrder(ids, records.findAllById(ids), Enrollee::id).stream()
                .map(Enrollee::view).toList();
        return Page.of(found, request, p -> new Keyset(p.createdAt(), p.id()));
    }

    /** How many people match (for "1-50 of 1,234"), exactly up to a point and then about; everyone when {@code query} is null. */
    public ListCount count(String query) {
        SqlCondition where = where(query);
        return ListCount.of(jdbc, "enrollees", where);
    }

    private static SqlCondition where(String query) {
        String q = query == null || query.isBlank() ? null : query.strip();
        Violations.check().maxLength(q, 200, "q").orThrow();
        return q == null ? SqlCondition.of("true") : new SqlCondition("(name ilike :name or external_id = :externalId)",
                Map.of("name", SqlFilter.containing(q), "externalId", q));
    }

    /**
     * Imports a CSV file (see {@link EnrollmentImport} for the columns): every line is checked as the API
     * checks a request; good people are kept, bad lines reported.
     */
    public ImportReport importCsv(Reader csv) {
        return importer.run(csv);
    }

    private Enrollee load(UUID id) {
        return records.findById(id).orElseThrow(() -> DomainException.notFound("enrollment", id));
    }

    private Enrollee loadForChange(UUID id) {
        return records.findLockedById(id).orElseThrow(() -> DomainException.notFound("enrollment", id));
    }

    /** Spring Data JDBC wraps the translated exception in its own. */
    private static boolean duplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DuplicateKeyException) {
                return true;
            }
        }
        return false;
    }

    private static DomainException externalIdTaken(String externalId) {
        return DomainException.conflict("external-id-taken", "Someone is already enrolled with externalId '"
                + externalId + "'; update them instead (PUT /api/v1/enrollments/{id}).");
    }
}
