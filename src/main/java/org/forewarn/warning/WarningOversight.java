package org.forewarn.warning;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.forewarn.assessment.Assessments;
import org.forewarn.shared.CaseSet;
import org.forewarn.shared.Figure;
import org.forewarn.shared.OversightSource;
import org.forewarn.shared.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The warning side of the oversight figures: approval and rejection of warnings, time from the
 * information to the first warning delivered, deadlines missed, what recipients did with warnings
 * (acknowledged, left unanswered, escalated) and disputes.
 */
@Component
class WarningOversight implements OversightSource {

    static final String APPROVED_RATE = "rates.warnings.approved";
    static final String REJECTED_RATE = "rates.warnings.rejected";
    static final String TIME = "times.informationToFirstDelivery.";
    static final String MEDIAN = TIME + "median";
    static final String P90 = TIME + "p90";
    static final String DUTIES = "deadlines.duties";
    static final String MISSED = "deadlines.missed";
    static final String LATE = "deadlines.missed.deliveredLate";
    static final String UNDELIVERED = "deadlines.missed.notDelivered";
    static final String DELIVERED = "warnings.delivered";
    static final String ACKNOWLEDGED = "warnings.acknowledged";
    static final String UNANSWERED = "warnings.unanswered";
    static final String ESCALATED = "warnings.escalated";
    static final String DISPUTED = "disputes.warnings";

    /** Per warning: which of the figures it counts in. {@code :caseSetAsOf} is the moment of the figures. */
    private static final String APPROVED = "w.approved_at is not null and w.state <> 'REJECTED'";
    private static final String REJECTED = "w.state = 'REJECTED'";
    private static final String IS_DELIVERED = "w.delivered_at is not null";
    private static final String IS_ACKNOWLEDGED = "w.acknowledged_at is not null";
    private static final String IS_UNANSWERED = "w.delivered_at is not null and w.acknowledged_at is null"
            + " and w.acknowledgment_due_at < :caseSetAsOf";
    private static final String IS_ESCALATED = "w.escalated_at is not null";
    private static final String IS_DISPUTED = "exists (select 1 from warning_responses r where r.warning_id = w.id"
            + " and r.kind = 'DISPUTE')";

    private final JdbcClient jdbc;
    private final Assessments assessments;

    WarningOversight(JdbcClient jdbc, Assessments assessments) {
        this.jdbc = jdbc;
        this.assessments = assessments;
    }

    @Override
    public List<Figure> figures(CaseSet cases) {
        Map<String, Object> w = jdbc.sql("select count(*) filter (where " + APPROVED + ") as approved,"
                        + " count(*) filter (where " + REJECTED + ") as rejected,"
                        + " count(*) filter (where " + IS_DELIVERED + ") as delivered,"
                        + " count(*) filter (where " + IS_ACKNOWLEDGED + ") as acknowledged,"
                        + " count(*) filter (where " + IS_UNANSWERED + ") as unanswered,"
                        + " count(*) filter (where " + IS_ESCALATED + ") as escalated,"
                        + " count(*) filter (where " + IS_DISPUTED + ") as disputed"
                        + " from " + cases.table("c") + " join warnings w on w.threat_id = c.threat_id")
                .params(cases.params()).query().singleRow();
        Map<String, Object> deadlines = jdbc.sql("select count(*) as duties,"
                        + " count(*) filter (where first_delivered > warn_by) as late,"
                        + " count(*) filter (where first_delivered is null and warn_by < :caseSetAsOf) as undelivered"
                        + " from (" + perCase(cases) + ") x where warn_by is not null")
                .params(cases.params()).query().singleRow();
        Map<String, Object> times = jdbc.sql("select percentile_cont(0.5) within group (order by seconds) as median,"
                        + " percentile_cont(0.9) within group (order by seconds) as p90, count(*) as n from ("
                        + perCase(cases) + ") x where first_delivered is not null")
                .params(cases.params()).query().singleRow();
        long approved = number(w, "approved");
        long rejected = number(w, "rejected");
        long late = number(deadlines, "late");
        long undelivered = number(deadlines, "undelivered");
        long measured = number(times, "n");
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.fraction(APPROVED_RATE, "Warnings decided that were approved", approved, approved + rejected));
        figures.add(Figure.fraction(REJECTED_RATE, "Warnings decided that were rejected", rejected, approved + rejected));
        figures.add(Figure.duration(MEDIAN, "Median time from information received to first warning delivered",
                seconds(times.get("median")), measured));
        figures.add(Figure.duration(P90, "90th percentile time from information received to first warning delivered",
                seconds(times.get("p90")), measured));
        figures.add(Figure.count(DUTIES, "Duties to warn in force with a deadline", number(deadlines, "duties")));
        figures.add(Figure.count(MISSED, "Deadlines missed: no warning delivered by the deadline", late + undelivered));
        figures.add(Figure.count(LATE, "Deadlines missed: first warning delivered after the deadline", late));
        figures.add(Figure.count(UNDELIVERED, "Deadlines missed: deadline passed, no warning delivered yet",
                undelivered));
        figures.add(Figure.count(DELIVERED, "Warnings delivered", number(w, "delivered")));
        figures.add(Figure.count(ACKNOWLEDGED, "Warnings acknowledged by the recipient", number(w, "acknowledged")));
        figures.add(Figure.count(UNANSWERED, "Warnings unanswered: delivered, acknowledgment overdue, not acknowledged",
                number(w, "unanswered")));
        figures.add(Figure.count(ESCALATED, "Warnings escalated after no answer", number(w, "escalated")));
        figures.add(Figure.count(DISPUTED, "Warnings the recipient disputed", number(w, "disputed")));
        return figures;
    }

    /** One row per case of the set: its duty's deadline (if any), its first delivery (if any), and the seconds to it. */
    private String perCase(CaseSet cases) {
        return "select c.threat_id, " + assessments.dutyDeadlineOf("c.threat_id").sql() + " as warn_by,"
                + " fd.first_delivered, extract(epoch from fd.first_delivered - c.received_at) as seconds"
                + " from " + cases.table("c") + " cross join lateral (select min(w.delivered_at) as first_delivered"
                + " from warnings w where w.threat_id = c.threat_id) fd";
    }

    @Override
    public Optional<SqlCondition> casesBehind(String key, CaseSet cases) {
        String deadline = assessments.dutyDeadlineOf("threats.id").sql();
        String firstDelivered = "(select min(w.delivered_at) from warnings w where w.threat_id = threats.id)";
        return Optional.ofNullable(switch (key) {
            case APPROVED_RATE -> anyWarning(APPROVED);
            case REJECTED_RATE -> anyWarning(REJECTED);
            case DELIVERED, MEDIAN -> anyWarning(IS_DELIVERED);
            case ACKNOWLEDGED -> anyWarning(IS_ACKNOWLEDGED);
            case UNANSWERED -> anyWarning(IS_UNANSWERED).and(asOf(cases));
            case ESCALATED -> anyWarning(IS_ESCALATED);
            case DISPUTED -> anyWarning(IS_DISPUTED);
            case DUTIES -> SqlCondition.of(deadline + " is not null");
            case MISSED -> SqlCondition.of(deadline + " < coalesce(" + firstDelivered + ", :caseSetAsOf)")
                    .and(asOf(cases));
            case LATE -> SqlCondition.of(deadline + " < " + firstDelivered);
            case UNDELIVERED -> SqlCondition.of(firstDelivered + " is null and " + deadline + " < :caseSetAsOf")
                    .and(asOf(cases));
            case P90 -> slowestTenth(cases);
            default -> null;
        });
    }

    private static SqlCondition anyWarning(String condition) {
        return SqlCondition.of("exists (select 1 from warnings w where w.threat_id = threats.id and " + condition + ")");
    }

    private static SqlCondition asOf(CaseSet cases) {
        return new SqlCondition("true", Map.of("caseSetAsOf", cases.params().get("caseSetAsOf")));
    }

    private SqlCondition slowestTenth(CaseSet cases) {
        List<UUID> ids = jdbc.sql("with first as (" + perCase(cases) + " ), measured as (select * from first"
                        + " where first_delivered is not null) select threat_id from measured where seconds >= (select"
                        + " percentile_cont(0.9) within group (order by seconds) from measured)")
                .params(cases.params()).query(UUID.class).list();
        return SqlCondition.of("threats.id = any(cast(:warningSlowest as uuid[]))", "warningSlowest",
                "{" + ids.stream().map(UUID::toString).collect(Collectors.joining(",")) + "}");
    }

    @Override
    public Map<UUID, String> facts(String key, CaseSet page) {
        Map<UUID, String> facts = new HashMap<>();
        if (key.startsWith(TIME) || key.startsWith("deadlines.")) {
            jdbc.sql(perCase(page)).params(page.params()).query(rs -> {
                UUID threat = rs.getObject("threat_id", UUID.class);
                Instant warnBy = instant(rs.getTimestamp("warn_by"));
                Instant delivered = instant(rs.getTimestamp("first_delivered"));
                String fact = key.startsWith(TIME)
                        ? delivered == null ? null : "first warning delivered " + Figure.words(Duration.ofSeconds(
                        Math.round(rs.getDouble("seconds")))) + " after the information was received"
                        : deadlineFact(warnBy, delivered, page.asOf());
                if (fact != null) {
                    facts.put(threat, fact);
                }
            });
            return facts;
        }
        String condition = switch (key) {
            case APPROVED_RATE -> APPROVED;
            case REJECTED_RATE -> REJECTED;
            case DELIVERED -> IS_DELIVERED;
            case ACKNOWLEDGED -> IS_ACKNOWLEDGED;
            case UNANSWERED -> IS_UNANSWERED;
            case ESCALATED -> IS_ESCALATED;
            case DISPUTED -> IS_DISPUTED;
            default -> null;
        };
        if (condition == null) {
            return facts;
        }
        jdbc.sql("select w.threat_id, w.recipient_name, w.approved_at, w.delivered_at, w.acknowledged_at,"
                        + " w.acknowledgment_due_at, w.escalated_at from " + page.table("c")
                        + " join warnings w on w.threat_id = c.threat_id where " + condition + " order by w.drafted_at")
                .params(page.params()).query(rs -> {
                    String to = "warning to " + rs.getString("recipient_name");
                    String fact = switch (key) {
                        case APPROVED_RATE -> to + " approved " + instant(rs.getTimestamp("approved_at"));
                        case REJECTED_RATE -> to + " rejected " + instant(rs.getTimestamp("approved_at"));
                        case DELIVERED -> to + " delivered " + instant(rs.getTimestamp("delivered_at"));
                        case ACKNOWLEDGED -> to + " acknowledged " + instant(rs.getTimestamp("acknowledged_at"));
                        case UNANSWERED -> to + " unanswered: acknowledgment was due "
                                + instant(rs.getTimestamp("acknowledgment_due_at"));
                        case ESCALATED -> to + " escalated " + instant(rs.getTimestamp("escalated_at"));
                        default -> to + " disputed by the recipient";
                    };
                    facts.merge(rs.getObject("threat_id", UUID.class), fact, (a, b) -> a + "; " + b);
                });
        return facts;
    }

    private static String deadlineFact(Instant warnBy, Instant delivered, Instant asOf) {
        if (warnBy == null) {
            return null;
        }
        if (delivered != null) {
            return delivered.isAfter(warnBy)
                    ? "deadline missed by " + Figure.words(Duration.between(warnBy, delivered)) + " (deadline " + warnBy
                    + ", first warning delivered " + delivered + ")"
                    : "deadline met: first warning delivered " + Figure.words(Duration.between(delivered, warnBy))
                    + " before the deadline (" + warnBy + ")";
        }
        return warnBy.isBefore(asOf)
                ? "deadline missed: passed " + Figure.words(Duration.between(warnBy, asOf)) + " ago (" + warnBy
                + "), no warning delivered"
                : "deadline " + warnBy + ", no warning delivered yet";
    }

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static long number(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }

    private static Duration seconds(Object value) {
        return value == null ? null : Duration.ofMillis(Math.round(((Number) value).doubleValue() * 1000));
    }
}
