package org.forewarn.threat;

import java.time.Instant;
import java.util.List;

import org.forewarn.shared.SqlCondition;

/**
 * A module that knows something about cases that the threat list can be narrowed by (who was
 * warned, what awaits approval, which deadline is near) answers that part of the filter with a
 * condition on the threat row ({@code threats.id}) over its own tables. The threat module stays
 * ignorant of warnings and determinations; their modules stay the only ones writing SQL for them.
 */
public interface ThreatListCondition {

    /** @return the conditions for the parts of {@code filter} this module answers; empty when none apply */
    List<SqlCondition> conditions(ThreatFilter filter, Instant now);
}
