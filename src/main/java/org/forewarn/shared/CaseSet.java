package org.forewarn.shared;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Cases (threats) by id, each with the time its information was received, as of a moment: what a
 * module counts its oversight figures over. The threat module gives the set; the other modules
 * aggregate over it in SQL through {@link #table(String)}, so no module reads another's tables and
 * each asks PostgreSQL once, however many cases the period holds.
 */
public final class CaseSet {

    private final List<UUID> ids;
    private final List<Instant> receivedAt;
    private final Instant asOf;
    /** Built once: a period's set is bound in several queries. */
    private final Map<String, Object> params;

    public CaseSet(List<UUID> ids, List<Instant> receivedAt, Instant asOf) {
        if (ids.size() != receivedAt.size()) {
            throw new IllegalArgumentException("one time received per case");
        }
        this.ids = List.copyOf(ids);
        this.receivedAt = List.copyOf(receivedAt);
        this.asOf = asOf;
        this.params = Map.of(
                "caseSetIds", "{" + ids.stream().map(UUID::toString).collect(Collectors.joining(",")) + "}",
                "caseSetReceived", "{" + receivedAt.stream().map(t -> "\"" + t + "\"").collect(Collectors.joining(","))
                        + "}",
                "caseSetAsOf", java.sql.Timestamp.from(asOf));
    }

    public List<UUID> ids() {
        return ids;
    }

    public List<Instant> receivedAt() {
        return receivedAt;
    }

    /** The moment the figures are taken at ("deadline already past", "acknowledgment overdue"). */
    public Instant asOf() {
        return asOf;
    }

    /** The cases as a relation {@code alias(threat_id, received_at)}, for a {@code from} clause; bind {@link #params()}. */
    public String table(String alias) {
        return "unnest(cast(:caseSetIds as uuid[]), cast(:caseSetReceived as timestamptz[])) as " + alias
                + "(threat_id, received_at)";
    }

    /**
     * The parameters {@link #table} names, and {@code caseSetAsOf}. The arrays travel as PostgreSQL
     * array literals: one text parameter each, whatever the number of cases.
     */
    public Map<String, Object> params() {
        return params;
    }

    public int size() {
        return ids.size();
    }

    /** When the case's information was received; null if it is not in the set. */
    public Instant receivedAt(UUID id) {
        int i = ids.indexOf(id);
        return i < 0 ? null : receivedAt.get(i);
    }

    /** A set built case by case. */
    public static Builder builder(Instant asOf) {
        return new Builder(asOf);
    }

    public static final class Builder {
        private final Instant asOf;
        private final List<UUID> ids = new ArrayList<>();
        private final List<Instant> received = new ArrayList<>();

        private Builder(Instant asOf) {
            this.asOf = asOf;
        }

        public Builder add(UUID id, Instant receivedAt) {
            ids.add(id);
            received.add(receivedAt);
            return this;
        }

        public CaseSet build() {
            return new CaseSet(ids, received, asOf);
        }
    }
}
