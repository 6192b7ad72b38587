package org.forewarn.shared;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A module's part of the oversight statistics: the figures it counts over a period's cases, from its
 * own tables, and for each of them the cases behind it. The review module gathers every source, as
 * the due queue gathers every {@link DueItemSource}; no module reads another's tables.
 */
public interface OversightSource {

    /** This module's figures over the cases, in the order they read best. */
    List<Figure> figures(CaseSet cases);

    /**
     * The cases behind one of this module's figures, as a condition on the threat row
     * ({@code threats.id}) over this module's tables, like a {@code ThreatListCondition}. The threat
     * list adds the period itself.
     *
     * @param cases the period's cases (for a figure whose cases depend on the period's own
     *              measurements, such as the slowest tenth)
     * @return empty when {@code key} is not one of this module's figures
     */
    Optional<SqlCondition> casesBehind(String key, CaseSet cases);

    /**
     * What puts each case in the figure ("deadline missed by 3 h 10 min"), for a page of the cases
     * {@link #casesBehind} found.
     */
    Map<UUID, String> facts(String key, CaseSet page);
}
