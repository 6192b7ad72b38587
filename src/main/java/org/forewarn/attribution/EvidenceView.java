package org.forewarn.attribution;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.forewarn.identity.Clearance;

/**
 * A piece of evidence as one reader may see it. Evidence classified above the reader's clearance
 * comes as {@code protected: true}, labelled "protected evidence (n)", without its text, claim or grade.
 *
 * @param grading         the Admiralty grade it was given or its claim has, if any
 * @param credibilityFrom whether the analyst stated the credibility or it was read from the grade
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvidenceView(UUID id, UUID threatId, String label, @JsonProperty("protected") boolean isProtected,
                           String text, UUID claimId, Weight credibility, String grading,
                           CredibilityFrom credibilityFrom, Weight relevance, Clearance classification,
                           String addedBy, Instant addedAt) {
}
