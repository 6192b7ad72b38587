package org.forewarn.enrollment;

import java.io.Reader;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.forewarn.shared.DomainException;
import org.forewarn.shared.InvalidInput;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registry of people who asked to be warned, and where they are. */
@Service
@EnableConfigurationProperties(EnrollmentProperties.class)
public class Enrollments {

    private final EnrolleeRecords records;
    private final EnrollmentImport importer;
    private final Clock clock;

    Enrollments(EnrolleeRecords records, EnrollmentImport importer, Clock clock) {
        this.records = records;
        this.importer = importer;
        this.clock = clock;
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

    public List<EnrollmentView> page(String query, int limit, long offset) {
        if (limit < 1 || limit > 1000) {
            throw InvalidInput.of("limit", "must be between 1 and 1000");
        }
        if (offset < 0) {
            throw InvalidInput.of("offset", "must not be negative");
        }
        String q = query == null || query.isBlank() ? null : query.strip();
        return records.page(q, limit, offset).stream().map(Enrollee::view).toList();
    }

    public long count() {
        return records.count();
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
