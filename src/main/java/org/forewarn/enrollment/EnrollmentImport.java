package org.forewarn.enrollment;

import org.forewarn.shared.ChannelType;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.forewarn.identity.CurrentUser;
import org.forewarn.shared.DomainException;
import org.forewarn.shared.InvalidInput;
import org.forewarn.shared.Violations;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.postgresql.copy.CopyManager;
import org.postgresql.util.PSQLException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk enrollment from CSV, written with PostgreSQL COPY. Columns (header names, any order):
 * {@code external_id, name, language, email, phone, webhook_url, lat, lon, label, valid_from, valid_to}.
 * One line is one location; lines sharing an {@code external_id} are one person with several
 * locations, and an {@code external_id} already enrolled is updated (its locations replaced by the
 * file's).
 * <p>
 * Every line becomes the API's {@link Enroll} command ({@link EnrollmentCsvLine}), so it is checked by
 * the same code as {@code POST /api/v1/enrollments}. A person is stored whole or not at all: a bad
 * line refuses its person (every line with its {@code external_id}, which must all give the same
 * name, language and contacts) and is reported with its line number, column, the API's field name
 * and message; every other person is kept. A file that cannot be read as CSV, or breaks the limits
 * of {@link EnrollmentProperties}, is refused whole. All of it is one transaction.
 * <p>
 * Parallel imports: the people are written with {@code insert ... on conflict (external_id)} in
 * {@code external_id} order, so two imports of the same people wait for each other instead of
 * colliding on the unique key or deadlocking.
 */
@Component
class EnrollmentImport {

    private static final Logger log = LoggerFactory.getLogger(EnrollmentImport.class);
    private static final int MAX_REPORTED_ERRORS = 1000;
    private static final int COPY_BATCH = 20_000;
    /** PostgreSQL: deadlock, serialization failure, lock not available, unique violation. */
    private static final Set<String> CONCURRENT = Set.of("40P01", "40001", "55P03", "23505");

    private final DataSource dataSource;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final EnrollmentProperties limits;

    EnrollmentImport(DataSource dataSource, TransactionTemplate tx, ApplicationEventPublisher events,
            CurrentUser currentUser, Clock clock, EnrollmentProperties limits) {
        this.dataSource = dataSource;
        this.tx = tx;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
        this.limits = limits;
    }

    ImportReport run(Reader csv) {
        long started = System.nanoTime();
        UUID importId = UUID.randomUUID();
        try {
            return tx.execute(status -> {
                Connection connection = DataSourceUtils.getConnection(dataSource);
                try {
                    Counts counts = load(csv, connection);
                    events.publishEvent(new EnrollmentsImported(importId, counts.people, counts.locations,
                            counts.rejected, currentUser.name()));
                    counts.errors.sort(Comparator.comparingLong(ImportReport.LineError::line));
                    return new ImportReport(importId, counts.people, counts.locations, counts.rejected,
                            List.copyOf(counts.errors), counts.moreErrors, (System.nanoTime() - started) / 1_000_000);
                } catch (SQLException e) {
                    if (CONCURRENT.contains(e.getSQLState())) {
                        throw concurrentImport();
                    }
                    if (e.getSQLState() != null && e.getSQLState().startsWith("22")) {
                        // A value PostgreSQL cannot hold got past the commands' checks: refuse the file, and say so.
                        log.warn("Enrollment import refused by the database: {}", e.getMessage());
                        throw InvalidInput.of("body", "holds a value that cannot be stored (" + primaryMessage(e)
                                + "); nothing was stored");
                    }
                    throw new IllegalStateException("Enrollment import failed; nothing was stored", e);
                } catch (CsvReader.Malformed e) {
                    throw InvalidInput.of("body", e.getMessage() + "; nothing was stored");
                } catch (IOException e) {
                    throw InvalidInput.of("body", "could not be read: " + e.getMessage() + "; nothing was stored");
                }
            });
        } catch (ConcurrencyFailureException | DuplicateKeyException e) {
            throw concurrentImport(); // a safety net: the merge's lock order is meant to prevent these
        }
    }

    /** PostgreSQL's own sentence, without the context that names staging tables. */
    private static String primaryMessage(SQLException e) {
        return e instanceof PSQLException p && p.getServerErrorMessage() != null
                ? p.getServerErrorMessage().getMessage() : "a value out of range";
    }

    private static DomainException concurrentImport() {
        return DomainException.conflict("concurrent-import", "Some of these people were being changed by another "
                + "import or request at the same moment. Nothing from this file was stored; send it again.");
    }

    private static final class Counts {
        long people;
        long locations;
        long rejected;
        boolean moreErrors;
        final List<ImportReport.LineError> errors = new ArrayList<>();

        void reject(List<ImportReport.LineError> problems) {
            rejected++;
            for (ImportReport.LineError problem : problems) {
                if (errors.size() < MAX_REPORTED_ERRORS) {
                    errors.add(problem);
                } else {
                    moreErrors = true;
                }
            }
        }
    }

    /** The lines of one external id seen so far. */
    private static final class Person {
        final UUID stageId = UUID.randomUUID();
        final long firstLine;
        final long details;
        int locations;
        /** The line that refused this person, or 0. */
        long refusedOn;

        Person(long firstLine, Enroll command) {
            this.firstLine = firstLine;
            this.details = details(command);
        }

        static Person refused(long line) {
            Person person = new Person(line, null);
            person.refusedOn = line;
            return person;
        }

        /** Name, language and contacts, which every line of one person must repeat (a hash: memory stays small). */
        static long details(Enroll command) {
            return command == null ? 0
                    : ((long) Objects.hash(command.name(), command.language()) << 32)
                            | (command.channels().hashCode() & 0xffffffffL);
        }
    }

    private Counts load(Reader csv, Connection connection) throws IOException, SQLException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        try (var statement = connection.createStatement()) {
            statement.execute("""
                    create temp table stage_people (stage_id uuid, external_id text, name text, language text,
                        email text, phone text, webhook_url text, target_id uuid) on commit drop;
                    create temp table stage_locations (stage_id uuid, position int, line bigint, label text,
                        lat double precision, lon double precision, valid_from timestamptz, valid_to timestamptz)
                        on commit drop""");
        }
        CsvReader reader = new CsvReader(csv, limits.maxLineLength(), limits.maxImportLines() + 1);
        List<String> header = reader.next();
        Map<String, Integer> columns = columns(header);
        Counts counts = new Counts();
        Map<String, Person> byExternalId = new HashMap<>();
        Map<UUID, Long> refusedAfterStaging = new HashMap<>();
        StringBuilder people = new StringBuilder();
        StringBuilder locations = new StringBuilder();
        int pending = 0;
        List<String> record;
        while ((record = reader.next()) != null) {
            long line = reader.recordLine();
            String externalId = EnrollmentCsvLine.externalId(record, columns);
            Person person = externalId == null ? null : byExternalId.get(externalId);
            if (person != null && person.refusedOn != 0) {
                counts.reject(List.of(sameExternalIdRefused(line, person.refusedOn)));
                continue;
            }
            List<ImportReport.LineError> problems = new ArrayList<>();
            if (record.size() > header.size()) {
                problems.add(new ImportReport.LineError(line, null, null, "has " + record.size()
                        + " values but the header names " + header.size() + " columns; a value containing a comma "
                        + "must be in double quotes"));
            }
            EnrollmentCsvLine.Parsed parsed = EnrollmentCsvLine.parse(line, record, columns,
                    person == null ? 0 : person.locations);
            problems.addAll(parsed.problems());
            if (problems.isEmpty() && person != null) {
                problems.addAll(continuation(line, person, parsed.command()));
            }
            if (!problems.isEmpty()) {
                counts.reject(problems);
                if (person != null) {
                    person.refusedOn = line;
                    refusedAfterStaging.put(person.stageId, line);
                } else if (externalId != null) {
                    byExternalId.put(externalId, Person.refused(line));
                }
                continue;
            }
            Enroll command = parsed.command();
            if (person == null) {
                person = new Person(line, command);
                if (externalId != null) {
                    byExternalId.put(externalId, person);
                }
                CopyText.row(people, person.stageId, command.externalId(), command.name(), command.language(),
                        command.address(ChannelType.EMAIL), command.address(ChannelType.SMS),
                        command.address(ChannelType.WEBHOOK), null);
                counts.people++;
            }
            EnrolledLocation location = command.locations().get(0);
            CopyText.row(locations, person.stageId, person.locations++, line, location.label(), location.lat(),
                    location.lon(), location.validFrom(), location.validTo());
            counts.locations++;
            if (++pending == COPY_BATCH) {
                flush(copy, people, locations);
                pending = 0;
            }
        }
        flush(copy, people, locations);
        unstage(connection, refusedAfterStaging, counts);
        merge(connection);
        return counts;
    }

    /** A further line of a person: the same details, and the API's limit on locations for all lines together. */
    private static List<ImportReport.LineError> continuation(long line, Person person, Enroll command) {
        if (Person.details(command) != person.details) {
            return List.of(new ImportReport.LineError(line, "external_id", "externalId", "gives a name, language "
                    + "or contacts different from line " + person.firstLine + " with the same external_id; every line "
                    + "of one person must repeat them"));
        }
        try {
            Enroll.locationCount(Violations.check(), person.locations + 1).orThrow();
            return List.of();
        } catch (InvalidInput e) {
            return e.problems().stream()
                    .map(p -> new ImportReport.LineError(line, "external_id", p.field(), p.message())).toList();
        }
    }

    private static ImportReport.LineError sameExternalIdRefused(long line, long refusedOn) {
        return new ImportReport.LineError(line, "external_id", "externalId",
                "not imported: line " + refusedOn + " with the same external_id was refused");
    }

    /** Takes out the people refused by a line after some of their lines were staged, and reports those lines. */
    private static void unstage(Connection connection, Map<UUID, Long> refused, Counts counts) throws SQLException {
        if (refused.isEmpty()) {
            return;
        }
        Array ids = connection.createArrayOf("uuid", refused.keySet().toArray());
        try (var statement = connection.prepareStatement(
                "delete from stage_locations where stage_id = any(?) returning stage_id, line")) {
            statement.setArray(1, ids);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    UUID person = rows.getObject(1, UUID.class);
                    counts.reject(List.of(sameExternalIdRefused(rows.getLong(2), refused.get(person))));
                    counts.locations--;
                }
            }
        }
        try (var statement = connection.prepareStatement("delete from stage_people where stage_id = any(?)")) {
            statement.setArray(1, ids);
            counts.people -= statement.executeUpdate();
        }
    }

    private static void flush(CopyManager copy, StringBuilder people, StringBuilder locations)
            throws SQLException, IOException {
        if (!people.isEmpty()) {
            copy.copyIn("copy stage_people from stdin", new StringReader(people.toString()));
            people.setLength(0);
        }
        if (!locations.isEmpty()) {
            copy.copyIn("copy stage_locations from stdin", new StringReader(locations.toString()));
            locations.setLength(0);
        }
    }

    /**
     * From the staging tables into the registry. People are upserted in external_id order, so parallel
     * imports lock the same rows in the same order: the second waits for the first, then updates what
     * the first inserted (never a duplicate key, never a deadlock). A person's row is locked before
     * their locations are replaced, as the API does. {@code target_id} is set only for people who were
     * enrolled already (their row keeps its id); everyone else is inserted under their staging id.
     */
    private void merge(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("""
                insert into enrollees (id, version, external_id, name, language, email, phone, webhook_url,
                                       created_at, updated_at)
                select stage_id, 1, external_id, name, language, email, phone, webhook_url, ?, ?
                from stage_people order by external_id
                on conflict (external_id) do update set name = excluded.name, language = excluded.language,
                    email = excluded.email, phone = excluded.phone, webhook_url = excluded.webhook_url,
                    updated_at = excluded.updated_at, version = enrollees.version + 1;
                update stage_people s set target_id = e.id from enrollees e
                where e.external_id = s.external_id and e.id <> s.stage_id;
                delete from enrollee_locations l using stage_people s where l.enrollee_id = s.target_id;
                insert into enrollee_locations (enrollee_id, position, label, lat, lon, valid_from, valid_to)
                select coalesce(p.target_id, p.stage_id), l.position, l.label, l.lat, l.lon, l.valid_from, l.valid_to
                from stage_locations l join stage_people p on p.stage_id = l.stage_id""")) {
            Timestamp now = Timestamp.from(clock.instant());
            statement.setTimestamp(1, now);
            statement.setTimestamp(2, now);
            statement.execute();
        }
    }

    private static Map<String, Integer> columns(List<String> header) {
        if (header == null) {
            throw InvalidInput.of("body", "is empty: send a CSV file whose first line names the columns "
                    + String.join(",", EnrollmentCsvLine.COLUMNS));
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT).replace('-', '_').replace("\uFEFF", "");
            if (EnrollmentCsvLine.COLUMNS.contains(name)) {
                if (columns.putIfAbsent(name, i) != null) {
                    repeated.add(name);
                }
            } else if (!name.isEmpty()) {
                unknown.add(header.get(i));
            }
        }
        List<String> missing = new ArrayList<>();
        for (String required : List.of("name", "lat", "lon")) {
            if (!columns.containsKey(required)) {
                missing.add(required);
            }
        }
        if (!unknown.isEmpty() || !missing.isEmpty() || !repeated.isEmpty()
                || !(columns.containsKey("email") || columns.containsKey("phone") || columns.containsKey("webhook_url"))) {
            throw InvalidInput.of("header", (missing.isEmpty() ? "" : "misses column(s) " + missing + "; ")
                    + (unknown.isEmpty() ? "" : "has unknown column(s) " + unknown + "; ")
                    + (repeated.isEmpty() ? "" : "names column(s) " + repeated + " more than once; ")
                    + "the columns are " + String.join(",", EnrollmentCsvLine.COLUMNS)
                    + " (name, lat, lon and at least one of email, phone, webhook_url are required)");
        }
        return columns;
    }
}
