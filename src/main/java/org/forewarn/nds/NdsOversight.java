package org.forewarn.nds;

import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.forewarn.shared.CaseSet;
import org.forewarn.shared.Figure;
import org.forewarn.shared.OversightSource;
import org.forewarn.shared.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The No-Double-Standard side of the oversight figures: obligations opened and how they ended. */
@Component
class NdsOversight implements OversightSource {

    static final String OPENED = "nds.opened";
    static final String SATISFIED = "nds.satisfiedByAlert";
    static final String EXCEPTION = "nds.exceptionGranted";
    static final String OPEN = "nds.open";
    static final String MEDIAN = "nds.timeToAlert.median";

    private final JdbcClient jdbc;

    NdsOversight(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Figure> figures(CaseSet cases) {
        Map<NdsStatus, Long> byStatus = new EnumMap<>(NdsStatus.class);
        jdbc.sql("select o.status, count(*) as n from " + cases.table("c")
                        + " join nds_obligations o on o.threat_id = c.threat_id group by o.status")
                .params(cases.params())
                .query(rs -> {
                    byStatus.put(NdsStatus.valueOf(rs.getString("status")), rs.getLong("n"));
                });
        Map<String, Object> time = jdbc.sql("select percentile_cont(0.5) within group (order by extract(epoch from"
                        + " o.satisfied_at - o.opened_at)) as median, count(*) as n from " + cases.table("c")
                        + " join nds_obligations o on o.threat_id = c.threat_id where o.status = 'SATISFIED_BY_ALERT'")
                .params(cases.params()).query().singleRow();
        Object median = time.get("median");
        return List.of(
                Figure.count(OPENED, "No-Double-Standard obligations opened (officials warned of a threat to the public)",
                        byStatus.values().stream().mapToLong(Long::longValue).sum()),
                Figure.count(SATISFIED, "No-Double-Standard obligations satisfied by a public alert",
                        byStatus.getOrDefault(NdsStatus.SATISFIED_BY_ALERT, 0L)),
                Figure.count(EXCEPTION, "No-Double-Standard obligations waived by an approved exception",
                        byStatus.getOrDefault(NdsStatus.EXCEPTION_GRANTED, 0L)),
                Figure.count(OPEN, "No-Double-Standard obligations still open", byStatus.getOrDefault(NdsStatus.OPEN, 0L)),
                Figure.duration(MEDIAN, "Median time an obligation stayed open until a public alert satisfied it",
                        median == null ? null : Duration.ofMillis(Math.round(((Number) median).doubleValue() * 1000)),
                        ((Number) time.get("n")).longValue()));
    }

    @Override
    public Optional<SqlCondition> casesBehind(String key, CaseSet cases) {
        String status = switch (key) {
            case OPENED -> null;
            case SATISFIED, MEDIAN -> NdsStatus.SATISFIED_BY_ALERT.name();
            case EXCEPTION -> NdsStatus.EXCEPTION_GRANTED.name();
            case OPEN -> NdsStatus.OPEN.name();
            default -> "";
        };
        if ("".equals(status)) {
            return Optional.empty();
        }
        return Optional.of(status == null
                ? SqlCondition.of("exists (select 1 from nds_obligations o where o.threat_id = threats.id)")
                : SqlCondition.of("exists (select 1 from nds_obligations o where o.threat_id = threats.id"
                + " and o.status = :ndsStatus)", "ndsStatus", status));
    }

    @Override
    public Map<UUID, String> facts(String key, CaseSet page) {
        Map<UUID, String> facts = new HashMap<>();
        if (casesBehind(key, page).isEmpty()) {
            return facts;
        }
        jdbc.sql("select o.threat_id, o.status, o.opened_at, o.satisfied_at, o.recipient_name from " + page.table("c")
                        + " join nds_obligations o on o.threat_id = c.threat_id")
                .params(page.params()).query(rs -> {
                    NdsStatus status = NdsStatus.valueOf(rs.getString("status"));
                    var opened = rs.getTimestamp("opened_at").toInstant();
                    var satisfied = rs.getTimestamp("satisfied_at");
                    String fact = "obligation opened " + opened + " (officials warned: " + rs.getString("recipient_name")
                            + ")" + switch (status) {
                        case OPEN -> ", still open";
                        case SATISFIED_BY_ALERT -> ", satisfied by a public alert " + Figure.words(Duration.between(
                                opened, satisfied.toInstant())) + " later";
                        case EXCEPTION_GRANTED -> ", waived by an exception granted " + satisfied.toInstant();
                    };
                    facts.put(rs.getObject("threat_id", UUID.class), fact);
                });
        return facts;
    }
}
