package org.forewarn.attribution;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.forewarn.threat.AdmiraltyGrading;
import org.forewarn.threat.SourceReliability;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * What a party said about a case, as we learned it. Claims are not edited or merged: a disputed
 * attribution and its rebuttal are two claims.
 */
@Table("attribution_claims")
class Claim extends AbstractAggregateRoot<Claim> {

    @Id
    private UUID id;
    @Version
    private Long version;
    private UUID threatId;
    private String party;
    private ClaimKind kind;
    private String statement;
    private Wording wording;
    private String subject;
    private Instant madeAt;
    private Instant learnedAt;
    private String sourceOutlet;
    private String sourceUrl;
    private String sourceDocument;
    private SourceReliability sourceReliability;
    private int informationCredibility;
    @MappedCollection(idColumn = "claim_id")
    private Set<ConcernedWarning> warnings = new LinkedHashSet<>();
    private String recordedBy;
    private Instant recordedAt;

    /** A warning of ours the claim is about. */
    @Table("attribution_claim_warnings")
    record ConcernedWarning(UUID warningId) {
    }

    Claim() {
    }

    static Claim record(UUID threatId, RecordClaim command, Instant madeAt, Instant learnedAt, String recordedBy,
            Instant now) {
        Claim c = new Claim();
        c.id = UUID.randomUUID();
        c.threatId = threatId;
        c.party = command.party();
        c.kind = command.kind();
        c.statement = command.statement();
        c.wording = command.wording();
        c.subject = command.subject();
        c.madeAt = madeAt;
        c.learnedAt = learnedAt;
        c.sourceOutlet = command.source().outlet();
        c.sourceUrl = command.source().url();
        c.sourceDocument = command.source().document();
        c.sourceReliability = command.sourceReliability();
        c.informationCredibility = command.informationCredibility();
        command.warningIds().forEach(w -> c.warnings.add(new ConcernedWarning(w)));
        c.recordedBy = recordedBy;
        c.recordedAt = now;
        c.registerEvent(new ClaimRecorded(c.id, threatId, c.party, c.kind, c.statement, c.wording, c.subject,
                madeAt, learnedAt, c.sourceOutlet, c.sourceUrl, c.sourceDocument, c.grading().code(),
                c.warningIds(), recordedBy));
        return c;
    }

    ClaimView view() {
        return new ClaimView(id, threatId, party, kind, kind.words(), statement, wording, subject, madeAt, learnedAt,
                new ClaimSource(sourceOutlet, sourceUrl, sourceDocument), grading(), warningIds(),
                new ClaimView.Recorded(recordedBy, recordedAt));
    }

    private AdmiraltyGrading grading() {
        return AdmiraltyGrading.of(sourceReliability, informationCredibility);
    }

    private List<UUID> warningIds() {
        return warnings.stream().map(ConcernedWarning::warningId).sorted(Comparator.naturalOrder()).toList();
    }

    UUID id() {
        return id;
    }

    UUID threatId() {
        return threatId;
    }

    Instant madeAt() {
        return madeAt;
    }
}
