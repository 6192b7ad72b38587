package org.forewarn.attribution;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.forewarn.threat.SourceReliability;
import org.forewarn.shared.Violations;

/**
 * A claim as an analyst records it.
 *
 * @param party                  who made it ("Islamic State (Amaq)", "President of Russia")
 * @param statement              what it says, in the party's words ({@link Wording#QUOTED}) or ours
 * @param wording                quoted or paraphrased; paraphrased when not given
 * @param subject                who is said to be responsible; required for an attribution or a claim of
 *                               responsibility
 * @param madeAt                 when the party made it
 * @param madeOn                 the day it was made, when only the day is known: midnight in the case's zone
 *                               (give either this or {@code madeAt})
 * @param learnedAt              when we learned of it; now when not given, and never before it was made
 * @param informationCredibility Admiralty code, 1 (confirmed) to 6 (cannot be judged)
 * @param warningIds             our warnings of the same case the claim is about
 */
public record RecordClaim(String party, ClaimKind kind, String statement, Wording wording, String subject,
                          Instant madeAt, LocalDate madeOn, Instant learnedAt, ClaimSource source,
                          SourceReliability sourceReliability, Integer informationCredibility,
                          List<UUID> warningIds) {

    public RecordClaim {
        party = ClaimSource.strip(party);
        statement = ClaimSource.strip(statement);
        subject = ClaimSource.strip(subject);
        wording = wording == null ? Wording.PARAPHRASED : wording;
        warningIds = warningIds == null ? List.of() : warningIds.stream().distinct().toList();
        Violations.check()
                .notBlank(party, "party")
                .maxLength(party, 300, "party")
                .notNull(kind, "kind")
                .notBlank(statement, "statement")
                .maxLength(statement, 20_000, "statement")
                .maxLength(subject, 300, "subject")
                .require(kind == null || !kind.namesResponsible() || subject != null, "subject",
                        "is required for " + (kind == null ? "" : kind.words().toLowerCase(java.util.Locale.ROOT))
                                + ": say who is said to be responsible")
                .require(madeAt != null || madeOn != null, "madeAt",
                        "is required: when the party made the claim (or madeOn, the day, if only that is known)")
                .require(madeAt == null || madeOn == null, "madeOn", "give either madeAt or madeOn, not both")
                .time(madeAt, "madeAt")
                .time(learnedAt, "learnedAt")
                .require(madeAt == null || learnedAt == null || !learnedAt.isBefore(madeAt), "learnedAt",
                        "must not be before madeAt: we cannot learn of a claim before it is made")
                .notNull(source, "source")
                .notNull(sourceReliability, "sourceReliability")
                .require(informationCredibility != null && informationCredibility >= 1 && informationCredibility <= 6,
                        "informationCredibility", "must be a number from 1 (confirmed) to 6 (cannot be judged)")
                .require(warningIds.stream().noneMatch(java.util.Objects::isNull), "warningIds", "must not contain an empty id")
                .orThrow();
    }
}
