package org.forewarn.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/** An observation of an after-action review, as an analyst recorded it. Findings are not edited: the record stands. */
@Table("review_findings")
class Finding extends AbstractAggregateRoot<Finding> {

    @Id
    private UUID id;
    @Version
    private Long version;
    private UUID threatId;
    private FindingKind kind;
    private String title;
    private String observation;
    private String rootCause;
    private String recommendation;
    private String basedOn;
    private String recordedBy;
    private Instant recordedAt;

    Finding() {
    }

    /** An area for improvement says why it happened, so that the improvement plan can address the cause. */
    static Finding record(UUID threatId, RecordFinding command, String recordedBy, Instant now) {
        if (command.kind() == FindingKind.AREA_FOR_IMPROVEMENT && command.rootCause() == null) {
            throw Texts.ruleOnField("root-cause-required", "rootCause", "is required for an area for improvement: "
                    + "say why it happened, so that the improvement plan can address the cause");
        }
        Finding f = new Finding();
        f.id = UUID.randomUUID();
        f.threatId = threatId;
        f.kind = command.kind();
        f.title = command.title();
        f.observation = command.observation();
        f.rootCause = command.rootCause();
        f.recommendation = command.recommendation();
        f.basedOn = command.basedOn();
        f.recordedBy = recordedBy;
        f.recordedAt = now;
        f.registerEvent(new FindingRecorded(f.id, threatId, f.kind, f.title, f.observation, f.rootCause,
                f.recommendation, f.basedOn, recordedBy));
        return f;
    }

    FindingView view(List<CorrectiveActionView> actions) {
        return new FindingView(id, threatId, kind, title, observation, rootCause, recommendation, basedOn,
                new FindingView.Recorded(recordedBy, recordedAt), actions);
    }

    UUID id() {
        return id;
    }

    UUID threatId() {
        return threatId;
    }

    FindingKind kind() {
        return kind;
    }

    Instant recordedAt() {
        return recordedAt;
    }
}
