package org.forewarn.alerting;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.forewarn.identity.CurrentUser;
import org.forewarn.shared.InvalidInput;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk enrollment from CSV, written with PostgreSQL COPY. Columns (header names, any order):
 * {@code external_id, name, language, email, phone, webhook_url, lat, lon, label, valid_from, valid_to};
 * {@code name}, {@code lat}, {@code lon} and at least one contact are required. One line is one
 * location; lines sharing an {@code external_id} are one person with several locations, and an
 * {@code external_id} already enrolled is updated (its locations replaced by the file's). A bad
 * line is refused with its line number and reason; every good line is kept. All of it is one
 * transaction.
 */
@Component
class EnrollmentImport {

    static final List<String> COLUMNS = List.of("external_id", "name", "language", "email", "phone", "webhook_url",
            "lat", "lon", "label", "valid_from", "valid_to");
    private static final int MAX_REPORTED_ERRORS = 1000;
    private static final int COPY_BATCH = 20_000;

    private final DataSource dataSource;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    EnrollmentImport(DataSource dataSource, TransactionTemplate tx, ApplicationEventPublisher events,
            CurrentUser currentUser, Clock clock) {
        this.dataSource = dataSource;
        this.tx = tx;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    ImportReport run(Reader csv) {
        long started = System.nanoTime();
        UUID importId = UUID.randomUUID();
        return tx.execute(status -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                Counts counts = load(csv, connection);
                events.publishEvent(new EnrollmentsImported(importId, counts.people, counts.locations,
                        counts.rejected, currentUser.name()));
                return new ImportReport(importId, counts.people, counts.locations, counts.rejected, counts.errors,
                        counts.rejected > counts.errors.size(), (System.nanoTime() - started) / 1_000_000);
            } catch (SQLException e) {
                throw new IllegalStateException("Enrollment import failed; nothing was stored", e);
            } catch (IOException e) {
                throw InvalidInput.of("body", "could not be read as CSV: " + e.getMessage());
            }
        });
    }

    private static final class Counts {
        long people;
        long locations;
        long rejected;
        final List<ImportReport.LineError> errors = new ArrayList<>();

        void reject(long line, String message) {
            rejected++;
            if (errors.size() < MAX_REPORTED_ERRORS) {
                errors.add(new ImportReport.LineError(line, message));
            }
        }
    }

    private record Person(UUID id, int[] nextPosition) {
    }

    private Counts load(Reader csv, Connection connection) throws IOException, SQLException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        try (var statement = connection.createStatement()) {
            statement.execute("""
                    create temp table stage_people (stage_id uuid, external_id text, name text, language text,
                        email text, phone text, webhook_url text) on commit drop;
                    create temp table stage_locations (stage_id uuid, position int, label text,
                        lat double precision, lon double precision, valid_from timestamptz, valid_to timestamptz)
                        on commit drop""");
        }
        CsvReader reader = new CsvReader(csv);
        List<String> header = reader.next();
        Map<String, Integer> columns = columns(header);
        Counts counts = new Counts();
        Map<String, Person> byExternalId = new HashMap<>();
        StringBuilder people = new StringBuilder();
        StringBuilder locations = new StringBuilder();
        int pending = 0;
        List<String> record;
        while ((record = reader.next()) != null) {
            long line = reader.recordLine();
            Row row;
            try {
                row = Row.parse(record, columns);
            } catch (IllegalArgumentException e) {
                counts.reject(line, e.getMessage());
                continue;
            }
            Person person = row.externalId == null ? null : byExternalId.get(row.externalId);
            if (person == null) {
                person = new Person(UUID.randomUUID(), new int[] {0});
                if (row.externalId != null) {
                    byExternalId.put(row.externalId, person);
                }
                CopyText.row(people, person.id, row.externalId, row.name, row.language, row.email, row.phone,
                        row.webhookUrl);
                counts.people++;
            }
            CopyText.row(locations, person.id, person.nextPosition[0]++, row.label, row.lat, row.lon, row.validFrom,
                    row.validTo);
            counts.locations++;
            if (++pending == COPY_BATCH) {
                flush(copy, people, locations);
                pending = 0;
            }
        }
        flush(copy, people, locations);
        merge(connection);
        return counts;
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

    /** From the staging tables into the registry: existing external ids are updated, the rest inserted. */
    private void merge(Connection connection) throws SQLException {
        Instant now = clock.instant();
        try (var statement = connection.prepareStatement("""
                alter table stage_people add column target_id uuid;
                update stage_people s set target_id = coalesce(
                    (select e.id from enrollees e where e.external_id = s.external_id), s.stage_id);
                delete from enrollee_locations where enrollee_id in (
                    select target_id from stage_people where target_id <> stage_id);
                insert into enrollees (id, version, external_id, name, language, email, phone, webhook_url,
                                       created_at, updated_at)
                select target_id, 1, external_id, name, language, email, phone, webhook_url, ?, ?
                from stage_people
                on conflict (id) do update set name = excluded.name, language = excluded.language,
                    email = excluded.email, phone = excluded.phone, webhook_url = excluded.webhook_url,
                    updated_at = excluded.updated_at, version = enrollees.version + 1;
                insert into enrollee_locations (enrollee_id, position, label, lat, lon, valid_from, valid_to)
                select p.target_id, l.position, l.label, l.lat, l.lon, l.valid_from, l.valid_to
                from stage_locations l join stage_people p on p.stage_id = l.stage_id""")) {
            java.sql.Timestamp at = java.sql.Timestamp.from(now);
            statement.setTimestamp(1, at);
            statement.setTimestamp(2, at);
            statement.execute();
        }
    }

    private static Map<String, Integer> columns(List<String> header) {
        if (header == null) {
            throw InvalidInput.of("body", "is empty: send a CSV file whose first line names the columns "
                    + String.join(",", COLUMNS));
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT).replace('-', '_').replace("\uFEFF", "");
            if (COLUMNS.contains(name)) {
                columns.put(name, i);
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
        if (!unknown.isEmpty() || !missing.isEmpty()
                || !(columns.containsKey("email") || columns.containsKey("phone") || columns.containsKey("webhook_url"))) {
            throw InvalidInput.of("header", (missing.isEmpty() ? "" : "misses column(s) " + missing + "; ")
                    + (unknown.isEmpty() ? "" : "has unknown column(s) " + unknown + "; ")
                    + "the columns are " + String.join(",", COLUMNS)
                    + " (name, lat, lon and at least one of email, phone, webhook_url are required)");
        }
        return columns;
    }

    /** One validated CSV line. */
    private record Row(String externalId, String name, String language, String email, String phone,
                       String webhookUrl, double lat, double lon, String label, Instant validFrom, Instant validTo) {

        static Row parse(List<String> record, Map<String, Integer> columns) {
            List<String> problems = new ArrayList<>();
            String externalId = field(record, columns, "external_id");
            String name = field(record, columns, "name");
            String language = field(record, columns, "language");
            String email = field(record, columns, "email");
            String phone = field(record, columns, "phone");
            String webhook = field(record, columns, "webhook_url");
            String label = field(record, columns, "label");
            if (name == null) {
                problems.add("name is required");
            } else if (name.length() > 300) {
                problems.add("name is longer than 300 characters");
            }
            if (language != null && !Translation.LANGUAGE.matcher(language).matches()) {
                problems.add("language '" + language + "' is not a language tag such as en or ru");
            }
            if (email == null && phone == null && webhook == null) {
                problems.add("give at least one of email, phone, webhook_url");
            }
            check(problems, AlertChannel.EMAIL, email, "email");
            check(problems, AlertChannel.SMS, phone, "phone");
            check(problems, AlertChannel.WEBHOOK, webhook, "webhook_url");
            Double lat = number(problems, field(record, columns, "lat"), "lat", -90, 90);
            Double lon = number(problems, field(record, columns, "lon"), "lon", -180, 180);
            Instant from = time(problems, field(record, columns, "valid_from"), "valid_from", false);
            Instant to = time(problems, field(record, columns, "valid_to"), "valid_to", true);
            if (from != null && to != null && !to.isAfter(from)) {
                problems.add("valid_to must be after valid_from");
            }
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException(String.join("; ", problems));
            }
            return new Row(externalId, name, language != null ? language : "en", email, phone, webhook, lat, lon,
                    label != null ? label : "home", from, to);
        }

        private static String field(List<String> record, Map<String, Integer> columns, String name) {
            Integer index = columns.get(name);
            if (index == null || index >= record.size()) {
                return null;
            }
            String value = record.get(index).strip();
            return value.isEmpty() ? null : value;
        }

        private static void check(List<String> problems, AlertChannel channel, String address, String column) {
            if (address != null) {
                String problem = ContactChannel.problem(channel, address);
                if (problem != null) {
                    problems.add(column + " '" + address + "' " + problem);
                }
            }
        }

        private static Double number(List<String> problems, String text, String column, double min, double max) {
            if (text == null) {
                problems.add(column + " is required");
                return null;
            }
            try {
                double value = Double.parseDouble(text);
                if (value < min || value > max || Double.isNaN(value)) {
                    problems.add(column + " " + text + " is outside " + (int) min + " to " + (int) max);
                    return null;
                }
                return value;
            } catch (NumberFormatException e) {
                problems.add(column + " '" + text + "' is not a number");
                return null;
            }
        }

        private static Instant time(List<String> problems, String text, String column, boolean endOfDay) {
            if (text == null) {
                return null;
            }
            try {
                if (text.length() == 10) {
                    LocalDate date = LocalDate.parse(text);
                    return endOfDay ? date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1)
                            : date.atStartOfDay(ZoneOffset.UTC).toInstant();
                }
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                problems.add(column + " '" + text + "' is not a date (2024-03-07) or time (2024-03-07T21:00:00+03:00)");
                return null;
            }
        }
    }
}
