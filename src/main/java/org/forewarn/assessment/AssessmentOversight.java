package org.forewarn.assessment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.forewarn.shared.CaseSet;
import org.forewarn.shared.Figure;
import org.forewarn.shared.OversightSource;
import org.forewarn.shared.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The determination side of the oversight figures: outcomes approved, waivers by justification,
 * how often approvers approve or reject, and how long it takes from the information to the first
 * approved determination (PostgreSQL {@code percentile_cont}: interpolated between the two nearest
 * cases).
 */
@Component
class AssessmentOversight implements OversightSource {

    static final String OUTCOME = "determinations.outcome.";
    static final String AWAITING = "determinations.awaiting";
    static final String WAIVER = "waivers.justification.";
    static final String APPROVED_RATE = "rates.determinations.approved";
    static final String REJECTED_RATE = "rates.determinations.rejected";
    static final String TIME = "times.informationToDetermination.";
    static final String MEDIAN = TIME + "median";
    static final String P90 = TIME + "p90";

    /** The first approved determination of each case of the set, with how long after the information it came. */
    private static final String FIRST_APPROVED = """
            select c.threat_id, min(d.decided_at) as decided_at,
                   extract(epoch from min(d.decided_at) - c.received_at) as seconds
            from %s join determinations d on d.threat_id = c.threat_id
            where d.state = 'APPROVED' group by c.threat_id, c.received_at""";

    private final JdbcClient jdbc;

    AssessmentOversight(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Figure> figures(CaseSet cases) {
        Map<Outcome, Long> approved = new EnumMap<>(Outcome.class);
        Map<WaiverJustification, Long> waivers = new EnumMap<>(WaiverJustification.class);
        Map<DeterminationState, Long> states = new EnumMap<>(DeterminationState.class);
        jdbc.sql("select d.state, d.outcome, d.waiver_justification, count(*) as n from " + cases.table("c")
                        + " join determinations d on d.threat_id = c.threat_id group by 1, 2, 3")
                .params(cases.params()).query(rs -> {
                    DeterminationState state = DeterminationState.valueOf(rs.getString("state"));
                    long n = rs.getLong("n");
                    states.merge(state, n, Long::sum);
                    if (state == DeterminationState.APPROVED) {
                        Outcome outcome = Outcome.valueOf(rs.getString("outcome"));
                        approved.merge(outcome, n, Long::sum);
                        if (outcome == Outcome.WAIVED && rs.getString("waiver_justification") != null) {
                            waivers.merge(WaiverJustification.valueOf(rs.getString("waiver_justification")), n,
                                    Long::sum);
                        }
                    }
                });
        List<Figure> figures = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            figures.add(Figure.count(OUTCOME + outcome, "Determinations approved: " + words(outcome),
                    approved.getOrDefault(outcome, 0L)));
        }
        figures.add(Figure.count(AWAITING, "Determinations proposed and awaiting an approver",
                states.getOrDefault(DeterminationState.PROPOSED, 0L)));
        for (WaiverJustification justification : WaiverJustification.values()) {
            figures.add(Figure.count(WAIVER + justification, "Waivers approved: " + justification.meaning(),
                    waivers.getOrDefault(justification, 0L)));
        }
        long yes = states.getOrDefault(DeterminationState.APPROVED, 0L);
        long no = states.getOrDefault(DeterminationState.REJECTED, 0L);
        figures.add(Figure.fraction(APPROVED_RATE, "Determinations decided that were approved", yes, yes + no));
        figures.add(Figure.fraction(REJECTED_RATE, "Determinations decided that were rejected", no, yes + no));
        Percentiles times = percentiles(cases);
        figures.add(Figure.duration(MEDIAN, "Median time from information received to determination approved",
                times.median(), times.measured()));
        figures.add(Figure.duration(P90, "90th percentile time from information received to determination approved",
                times.p90(), times.measured()));
        return figures;
    }

    private Percentiles percentiles(CaseSet cases) {
        return jdbc.sql("select percentile_cont(0.5) within group (order by seconds) as median,"
                        + " percentile_cont(0.9) within group (order by seconds) as p90, count(*) as n from ("
                        + FIRST_APPROVED.formatted(cases.table("c")) + ") first")
                .params(cases.params()).query((rs, n) -> new Percentiles(seconds(rs.getObject("median")),
                        seconds(rs.getObject("p90")), rs.getLong("n"))).single();
    }

    private record Percentiles(Duration median, Duration p90, long measured) {
    }

    private static Duration seconds(Object value) {
        return value == null ? null : Duration.ofMillis(Math.round(((Number) value).doubleValue() * 1000));
    }

    @Override
    public Optional<SqlCondition> casesBehind(String key, CaseSet cases) {
        if (key.startsWith(OUTCOME)) {
            return outcome(key.substring(OUTCOME.length())).map(o -> SqlCondition.of("exists (select 1 from "
                    + "determinations d where d.threat_id = threats.id and d.state = 'APPROVED' and d.outcome = "
                    + ":assessmentOutcome)", "assessmentOutcome", o.name()));
        }
        if (key.startsWith(WAIVER)) {
            return justification(key.substring(WAIVER.length())).map(j -> SqlCondition.of("exists (select 1 from "
                    + "determinations d where d.threat_id = threats.id and d.state = 'APPROVED' and d.outcome = 'WAIVED'"
                    + " and d.waiver_justification = :assessmentJustification)", "assessmentJustification", j.name()));
        }
        return Optional.ofNullable(switch (key) {
            case AWAITING -> inState(DeterminationState.PROPOSED);
            case APPROVED_RATE, MEDIAN -> inState(DeterminationState.APPROVED);
            case REJECTED_RATE -> inState(DeterminationState.REJECTED);
            case P90 -> slowestTenth(cases);
            default -> null;
        });
    }

    private static SqlCondition inState(DeterminationState state) {
        return SqlCondition.of("exists (select 1 from determinations d where d.threat_id = threats.id"
                + " and d.state = :assessmentState)", "assessmentState", state.name());
    }

    /** The cases at or above the 90th percentile: the slowest tenth, the ones an office asks about. */
    private SqlCondition slowestTenth(CaseSet cases) {
        List<UUID> ids = jdbc.sql("with first as (" + FIRST_APPROVED.formatted(cases.table("c")) + ")"
                        + " select threat_id from first where seconds >= (select percentile_cont(0.9) within group"
                        + " (order by seconds) from first)")
                .params(cases.params()).query(UUID.class).list();
        return SqlCondition.of("threats.id = any(cast(:assessmentSlowest as uuid[]))", "assessmentSlowest",
                "{" + ids.stream().map(UUID::toString).collect(Collectors.joining(",")) + "}");
    }

    @Override
    public Map<UUID, String> facts(String key, CaseSet page) {
        Map<UUID, String> facts = new HashMap<>();
        if (key.startsWith(TIME)) {
            jdbc.sql(FIRST_APPROVED.formatted(page.table("c"))).params(page.params())
                    .query((rs, n) -> facts.put(rs.getObject("threat_id", UUID.class), "determination approved "
                            + Figure.words(Duration.ofSeconds(Math.round(rs.getDouble("seconds"))))
                            + " after the information was received")).list();
            return facts;
        }
        jdbc.sql("select d.threat_id, d.state, d.outcome, d.waiver_justification, d.proposed_at, d.decided_at from "
                        + page.table("c") + " join determinations d on d.threat_id = c.threat_id"
                        + " order by d.proposed_at")
                .params(page.params()).query(rs -> {
                    UUID threat = rs.getObject("threat_id", UUID.class);
                    DeterminationState state = DeterminationState.valueOf(rs.getString("state"));
                    Outcome outcome = Outcome.valueOf(rs.getString("outcome"));
                    String justification = rs.getString("waiver_justification");
                    String fact = words(outcome) + (justification == null ? "" : " ("
                            + WaiverJustification.valueOf(justification).meaning() + ")")
                            + (state == DeterminationState.PROPOSED ? " proposed " + rs.getTimestamp("proposed_at")
                            .toInstant() + ", awaiting an approver" : " " + state.name().toLowerCase() + " "
                            + rs.getTimestamp("decided_at").toInstant());
                    if (relevant(key, state, outcome, justification)) {
                        facts.merge(threat, fact, (a, b) -> a + "; " + b);
                    }
                });
        return facts;
    }

    private static boolean relevant(String key, DeterminationState state, Outcome outcome, String justification) {
        if (key.startsWith(OUTCOME)) {
            return state == DeterminationState.APPROVED && key.equals(OUTCOME + outcome);
        }
        if (key.startsWith(WAIVER)) {
            return state == DeterminationState.APPROVED && key.equals(WAIVER + justification);
        }
        return switch (key) {
            case AWAITING -> state == DeterminationState.PROPOSED;
            case APPROVED_RATE -> state == DeterminationState.APPROVED;
            case REJECTED_RATE -> state == DeterminationState.REJECTED;
            default -> false;
        };
    }

    private static String words(Outcome outcome) {
        return switch (outcome) {
            case DUTY_TO_WARN -> "duty to warn";
            case NO_DUTY -> "no duty to warn";
            case WAIVED -> "duty to warn waived";
        };
    }

    private static Optional<Outcome> outcome(String name) {
        return java.util.Arrays.stream(Outcome.values()).filter(o -> o.name().equals(name)).findFirst();
    }

    private static Optional<WaiverJustification> justification(String name) {
        return java.util.Arrays.stream(WaiverJustification.values()).filter(j -> j.name().equals(name)).findFirst();
    }
}
