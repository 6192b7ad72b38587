package org.forewarn.attribution;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.forewarn.identity.Clearance;

/**
 * A piece of evidence as one reader may see it. Evidence classified above the reader's clearance
 * comes as {@code protected: true}, labelled "protected evidence (n)", without its text or claim.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvidenceView(UUID id, UUID threatId, String label, @JsonProperty("protected") boolean isProtected,
                           String text, UUID claimId, Weight credibility, Weight relevance, Clearance classification,
                           String addedBy, Instant addedAt) {
}
