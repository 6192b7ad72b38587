package org.forewarn.threat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.forewarn.identity.Actor;
import org.forewarn.identity.CurrentUser;
import org.forewarn.shared.CaseSet;
import org.forewarn.shared.DomainException;
import org.forewarn.shared.InvalidInput;
import org.forewarn.shared.Keyset;
import org.forewarn.shared.KeysetSql;
import org.forewarn.shared.ListCount;
import org.forewarn.shared.Page;
import org.forewarn.shared.PageRequest;
import org.forewarn.shared.SqlCondition;
import org.forewarn.shared.SqlFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The threat module's front door. */
@Service
public class Threats {

    /** Tolerated clock skew for "received in the future". */
    private static final Duration SKEW = Duration.ofMinutes(5);

    private final ThreatReports reports;
    private final CurrentUser currentUser;
    private final Clock clock;
    /** Looked up when needed: the guards (e.g. No Double Standard) themselves depend on this service. */
    private final ObjectProvider<ThreatClosureGuard> closureGuards;
    private final JdbcClient jdbc;
    /** Looked up when needed, like the guards: the modules answering them depend on this service. */
    private final ObjectProvider<ThreatListCondition> listConditions;

    Threats(ThreatReports reports, CurrentUser currentUser, Clock clock,
            ObjectProvider<ThreatClosureGuard> closureGuards, JdbcClient jdbc,
            ObjectProvider<ThreatListCondition> listConditions) {
        this.reports = reports;
        this.listConditions = listConditions;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
        this.closureGuards = closureGuards;
    }

    @Transactional
    public ThreatView report(ReportThreat command) {
        var now = clock.instant();
        if (command.receivedAt().isAfter(now.plus(SKEW))) {
            throw InvalidInput.of("receivedAt", "is in the future (" + command.receivedAt() + "); give the time the "
                    + "information actually arrived");
        }
        ThreatReport threat = reports.save(ThreatReport.report(command, currentUser.name(), now));
        return threat.view(isCleared(threat, currentUser.actor()));
    }

    /** Closes the case, unless something still holds it open (409 naming each objection). */
    @Transactional
    public ThreatView close(UUID id, CloseThreat command) {
        ThreatReport threat = load(id);
        List<String> objections = closureGuards.orderedStream().flatMap(g -> g.objectionsToClosing(id).stream()).toList();
        if (!objections.isEmpty()) {
            throw new DomainException(DomainException.Kind.CONFLICT, "threat-closure-blocked",
                    "The threat cannot be closed: " + String.join("; ", objections) + ".",
                    java.util.Map.of("objections", objections));
        }
        threat.close(command, currentUser.name(), clock.instant());
        return reports.save(threat).view(isCleared(threat, currentUser.actor()));
    }

    @Transactional
    public ThreatView recordIncident(UUID id, RecordIncident command) {
        ThreatReport threat = load(id);
        if (command.occurredAt().isAfter(clock.instant().plus(SKEW))) {
            throw InvalidInput.of("occurredAt", "is in the future");
        }
        threat.recordIncident(command, currentUser.name(), clock.instant());
        return reports.save(threat).view(isCleared(threat, currentUser.actor()));
    }

    public ThreatView view(UUID id) {
        ThreatReport threat = load(id);
        return threat.view(isCleared(threat, currentUser.actor()));
    }

    /**
     * One page of threats, most recently received first (ties by id), each redacted as the caller's
     * clearance requires. Found through the (received_at desc, id desc) index at any depth.
     */
    public Page<ThreatView> page(PageRequest request) {
        return page(ThreatFilter.NONE, request);
    }

    /**
     * One page of the threats that pass the filter. The text search looks only at what every reader
     * may see (title, summary, actor, targets, places), never at protected details, so neither the
     * results nor their number say anything about a protected term.
     */
    public Page<ThreatView> page(ThreatFilter filter, PageRequest request) {
        KeysetSql keyset = KeysetSql.over("received_at", "id", request);
        SqlCondition where = where(filter);
        List<UUID> ids = keyset.ids(jdbc, "threats", where);
        Actor actor = currentUser.actor();
        List<ThreatReport> ordered = KeysetSql.inOrder(ids, reports.findAllById(ids), ThreatReport::id);
        return Page.of(ordered, request, t -> new Keyset(t.receivedAt(), t.id()))
                .map(t -> t.view(isCleared(t, actor)));
    }

    /**
     * One page of the threats that pass the filter and {@code also}, a condition another module writes
     * on {@code threats.id} over its own tables (the cases behind an oversight figure).
     */
    public Page<ThreatView> page(ThreatFilter filter, SqlCondition also, PageRequest request) {
        KeysetSql keyset = KeysetSql.over("received_at", "id", request);
        List<UUID> ids = keyset.ids(jdbc, "threats", where(filter).and(also));
        Actor actor = currentUser.actor();
        List<ThreatReport> ordered = KeysetSql.inOrder(ids, reports.findAllById(ids), ThreatReport::id);
        return Page.of(ordered, request, t -> new Keyset(t.receivedAt(), t.id()))
                .map(t -> t.view(isCleared(t, actor)));
    }

    /** How many threats pass the filter and {@code also} (see {@link #page(ThreatFilter, SqlCondition, PageRequest)}). */
    public ListCount count(ThreatFilter filter, SqlCondition also) {
        return ListCount.of(jdbc, "threats", where(filter).and(also));
    }

    /**
     * The cases whose information was received from {@code from} up to (not including) {@code until},
     * with when, as of {@code asOf}: what the oversight figures are counted over. One index range scan;
     * a set of ids, not aggregates.
     */
    public CaseSet receivedBetween(Instant from, Instant until, Instant asOf) {
        CaseSet.Builder cases = CaseSet.builder(asOf);
        jdbc.sql("select id, received_at from threats where received_at >= :from and received_at < :until")
                .param("from", timestamp(from)).param("until", timestamp(until))
                .query((rs, n) -> cases.add(rs.getObject("id", UUID.class), rs.getTimestamp("received_at").toInstant()))
                .list();
        return cases.build();
    }

    /** How many threats pass the filter (for "1-50 of 1,234"), exactly up to a point and then about. */
    public ListCount count(ThreatFilter filter) {
        SqlCondition where = where(filter);
        return ListCount.of(jdbc, "threats", where);
    }

    /** Exactly how many threats pass the filter, however many: for loaders and reports, not for lists. */
    public long countExactly(ThreatFilter filter) {
        SqlCondition where = where(filter);
        return jdbc.sql("select count(*) from threats where " + where.sql()).params(where.params())
                .query(Long.class).single();
    }

    /**
     * The filter as SQL: only the parts given, so that PostgreSQL plans each shape for what it is. The
     * full-text search never looks at protected details (see V8); what other modules know (warnings,
     * deadlines) they answer themselves ({@link ThreatListCondition}).
     */
    private SqlCondition where(ThreatFilter filter) {
        SqlFilter where = SqlFilter.where()
                .and("search @@ websearch_to_tsquery('simple', :q)", "q", filter.text())
                .and("status = :status", "status", filter.status())
                .and("harm_types @> array[cast(:harm as text)]", "harm", filter.harm())
                .and("classification = :classification", "classification", filter.classification())
                .and("received_at >= :receivedFrom", "receivedFrom", timestamp(filter.receivedFrom()))
                .and("received_at < :receivedTo", "receivedTo", timestamp(filter.receivedTo()))
                .and("targets @> cast(:country as jsonb)", "country",
                        filter.country() == null ? null : "[{\"country\": \"" + filter.country() + "\"}]");
        Instant now = clock.instant();
        listConditions.orderedStream().flatMap(c -> c.conditions(filter, now).stream()).forEach(where::and);
        return where.condition();
    }

    private static java.sql.Timestamp timestamp(Instant instant) {
        return instant == null ? null : java.sql.Timestamp.from(instant);
    }

    /** The threat without its protected details, for other modules' rules. */
    public ThreatSummary summary(UUID id) {
        return load(id).summary();
    }

    /** How the case's information is graded (Admiralty code): not protected, and what exports carry as confidence. */
    public AdmiraltyGrading grading(UUID id) {
        return load(id).grading();
    }

    public Optional<ThreatSummary> find(UUID id) {
        return reports.findById(id).map(ThreatReport::summary);
    }

    /**
     * The protected details, for server-side checks only (the tearline check). Never return them
     * to a client through this method.
     */
    public ProtectedDetails protectedDetailsForServerSideCheck(UUID id) {
        return load(id).protectedDetails();
    }

    /** Whether the signed-in user may read this threat's protected details. */
    public boolean currentUserIsCleared(UUID id) {
        return isCleared(load(id), currentUser.actor());
    }

    /**
     * Refuses (403) anyone whose clearance or compartments do not reach the threat's: they cannot
     * judge a text against protected details they may not read.
     *
     * @param toDo what they were trying to do, for the message ("approve a warning on this case")
     */
    public void requireCurrentUserCleared(UUID id, String toDo) {
        ThreatReport threat = load(id);
        if (!isCleared(threat, currentUser.actor())) {
            throw DomainException.forbidden("not-cleared", "To " + toDo + " you need clearance for the case ("
                    + threat.classification() + (threat.compartments().isEmpty() ? ""
                    : " with compartments " + threat.compartments().stream().sorted().toList())
                    + "): only then can you judge the text against the protected details. Ask a cleared colleague.");
        }
    }

    private static boolean isCleared(ThreatReport threat, Actor actor) {
        return actor.isClearedFor(threat.classification(), threat.compartments());
    }

    private ThreatReport load(UUID id) {
        return reports.findById(id).orElseThrow(() -> DomainException.notFound("threat", id));
    }
}
