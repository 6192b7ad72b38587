package org.forewarn.warning;

import java.util.Map;
import java.util.UUID;

import org.forewarn.shared.ChannelType;
import org.forewarn.shared.Violations;

/**
 * A warning as an analyst drafts it.
 *
 * @param withheldReasons may also be given inside {@code facets}; both are merged
 */
public record DraftWarning(UUID recipientId, ChannelType channel, String releasableText, Facets facets,
                           Map<String, String> withheldReasons) {

    public DraftWarning {
        Violations.check()
                .notNull(recipientId, "recipientId")
                .notNull(channel, "channel")
                .notBlank(releasableText, "releasableText")
                .maxLength(releasableText, 20_000, "releasableText")
                .notNull(facets, "facets")
                .orThrow();
        facets = facets.withReasons(withheldReasons);
        facets.missingReasons("withheldReasons.").orThrow();
        releasableText = releasableText.strip();
    }
}
