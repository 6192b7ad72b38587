package org.forewarn.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An analyst's finding of an after-action review, with its part of the improvement plan.
 *
 * @param basedOn the key of the generated finding it elaborates, if any
 * @param actions the corrective actions planned for it, in the order they were planned (none for a strength)
 */
public record FindingView(UUID id, UUID threatId, FindingKind kind, String title, String observation,
                          String rootCause, String recommendation, String basedOn, Recorded recorded,
                          List<CorrectiveActionView> actions) {

    public FindingView {
        actions = List.copyOf(actions);
    }

    public record Recorded(String by, Instant at) {
    }

    public boolean areaForImprovement() {
        return kind == FindingKind.AREA_FOR_IMPROVEMENT;
    }
}
