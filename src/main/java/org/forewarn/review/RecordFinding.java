package org.forewarn.review;

import org.forewarn.shared.Violations;

/**
 * A finding as an analyst records it.
 *
 * @param title          the observation in one line ("Public alert came 30 h after officials were warned")
 * @param observation    what was seen and the analysis of it
 * @param rootCause      why it happened; an area for improvement must give it (a rule of {@link Finding}: 422)
 * @param recommendation what to do about it, if the analyst has a view
 * @param basedOn        the key of a generated finding of the report this one elaborates (e.g. {@code nds.delay})
 */
public record RecordFinding(FindingKind kind, String title, String observation, String rootCause,
                            String recommendation, String basedOn) {

    public RecordFinding {
        title = Texts.strip(title);
        observation = Texts.strip(observation);
        rootCause = Texts.strip(rootCause);
        recommendation = Texts.strip(recommendation);
        basedOn = Texts.strip(basedOn);
        Violations.check()
                .notNull(kind, "kind")
                .notBlank(title, "title")
                .maxLength(title, 300, "title")
                .require(title == null || title.lines().count() <= 1, "title",
                        "must be one line; put the detail in observation")
                .notBlank(observation, "observation")
                .maxLength(observation, 20_000, "observation")
                .maxLength(rootCause, 10_000, "rootCause")
                .maxLength(recommendation, 10_000, "recommendation")
                .maxLength(basedOn, 100, "basedOn")
                .require(basedOn == null || basedOn.matches("[A-Za-z0-9._-]+"), "basedOn",
                        "must be the key of a generated finding, such as nds.delay (letters, digits, '.', '_', '-')")
                .orThrow();
    }
}
