package org.forewarn.threat;

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

/** The threat side of the oversight figures: how many cases, how many closed, in how many the harm came. */
@Component
class ThreatOversight implements OversightSource {

    static final String RECEIVED = "threats.received";
    static final String INCIDENT = "threats.incident";
    static final String CLOSED = "threats.closed";

    private final JdbcClient jdbc;

    ThreatOversight(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Figure> figures(CaseSet cases) {
        Map<String, Object> row = jdbc.sql("select count(*) filter (where exists (select 1 from threat_incidents i"
                        + " where i.threat_id = t.id)) as incident, count(*) filter (where t.closed_at is not null) as closed"
                        + " from " + cases.table("c") + " join threats t on t.id = c.threat_id")
                .params(cases.params()).query().singleRow();
        return List.of(
                Figure.count(RECEIVED, "Threats received (cases)", cases.size()),
                Figure.count(INCIDENT, "Cases in which an incident occurred", ((Number) row.get("incident")).longValue()),
                Figure.count(CLOSED, "Cases closed", ((Number) row.get("closed")).longValue()));
    }

    @Override
    public Optional<SqlCondition> casesBehind(String key, CaseSet cases) {
        return Optional.ofNullable(switch (key) {
            case RECEIVED -> SqlCondition.of("true");
            case INCIDENT -> SqlCondition.of("exists (select 1 from threat_incidents i where i.threat_id = threats.id)");
            case CLOSED -> SqlCondition.of("threats.closed_at is not null");
            default -> null;
        });
    }

    @Override
    public Map<UUID, String> facts(String key, CaseSet page) {
        Map<UUID, String> facts = new HashMap<>();
        switch (key) {
            case RECEIVED -> page.ids().forEach(id -> facts.put(id, "information received " + page.receivedAt(id)));
            case INCIDENT -> jdbc.sql("select i.threat_id, min(i.occurred_at) as first, count(*) as n from "
                            + page.table("c") + " join threat_incidents i on i.threat_id = c.threat_id group by i.threat_id")
                    .params(page.params()).query((rs, n) -> facts.put(rs.getObject("threat_id", UUID.class),
                            (rs.getLong("n") == 1 ? "incident on " : rs.getLong("n") + " incidents, the first on ")
                                    + rs.getTimestamp("first").toInstant())).list();
            case CLOSED -> jdbc.sql("select t.id, t.closed_at from " + page.table("c")
                            + " join threats t on t.id = c.threat_id where t.closed_at is not null")
                    .params(page.params()).query((rs, n) -> facts.put(rs.getObject("id", UUID.class),
                            "closed " + rs.getTimestamp("closed_at").toInstant())).list();
            default -> {
            }
        }
        return facts;
    }
}
