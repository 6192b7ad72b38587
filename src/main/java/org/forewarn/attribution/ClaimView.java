package org.forewarn.attribution;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.forewarn.threat.AdmiraltyGrading;

/**
 * A claim as recorded.
 *
 * @param kindInWords the kind as a reader says it ("Claim of responsibility")
 * @param grading     the source's reliability and the information's credibility, with what each means
 * @param warningIds  our warnings the claim is about
 */
public record ClaimView(UUID id, UUID threatId, String party, ClaimKind kind, String kindInWords, String statement,
                        Wording wording, String subject, Instant madeAt, Instant learnedAt, ClaimSource source,
                        AdmiraltyGrading grading, List<UUID> warningIds, Recorded recorded) {

    public ClaimView {
        warningIds = List.copyOf(warningIds);
    }

    public record Recorded(String by, Instant at) {
    }

    public boolean quoted() {
        return wording == Wording.QUOTED;
    }
}
