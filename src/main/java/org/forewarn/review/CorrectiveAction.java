package org.forewarn.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.forewarn.shared.DomainException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/** A row of a case's improvement plan: what will be done about an area for improvement, by whom, by when. */
@Table("review_corrective_actions")
class CorrectiveAction extends AbstractAggregateRoot<CorrectiveAction> {

    @Id
    private UUID id;
    @Version
    private Long version;
    private UUID findingId;
    private UUID threatId;
    private String description;
    private CapabilityElement capabilityElement;
    private String responsibleOrganization;
    private String pointOfContact;
    private LocalDate startDate;
    private LocalDate completionDate;
    private ActionStatus status;
    private String plannedBy;
    private Instant plannedAt;
    private String completedBy;
    private Instant completedAt;
    private String completionNote;
    private String cancelledBy;
    private Instant cancelledAt;
    private String cancellationReason;

    CorrectiveAction() {
    }

    /** Only an area for improvement gets corrective actions: a strength is to be kept, not corrected. */
    static CorrectiveAction plan(Finding finding, PlanCorrectiveAction command, String plannedBy, Instant now) {
        if (finding.kind() != FindingKind.AREA_FOR_IMPROVEMENT) {
            throw DomainException.ruleViolation("strength-has-no-actions", "This finding is a strength: "
                    + "corrective actions belong to areas for improvement. Record an area for improvement "
                    + "(with its root cause) for what should change, and plan the action on it.");
        }
        CorrectiveAction a = new CorrectiveAction();
        a.id = UUID.randomUUID();
        a.findingId = finding.id();
        a.threatId = finding.threatId();
        a.description = command.description();
        a.capabilityElement = command.capabilityElement();
        a.responsibleOrganization = command.responsibleOrganization();
        a.pointOfContact = command.pointOfContact();
        a.startDate = command.startDate();
        a.completionDate = command.completionDate();
        a.status = ActionStatus.OPEN;
        a.plannedBy = plannedBy;
        a.plannedAt = now;
        a.registerEvent(new CorrectiveActionPlanned(a.id, a.findingId, a.threatId, a.description,
                a.capabilityElement, a.responsibleOrganization, a.pointOfContact, a.startDate, a.completionDate,
                plannedBy));
        return a;
    }

    void complete(CompleteCorrectiveAction command, String by, Instant now) {
        move(ActionStatus.COMPLETED);
        completedBy = by;
        completedAt = now;
        completionNote = command.note();
        registerEvent(new CorrectiveActionCompleted(id, findingId, threatId, by, completionNote));
    }

    void cancel(CancelCorrectiveAction command, String by, Instant now) {
        move(ActionStatus.CANCELLED);
        cancelledBy = by;
        cancelledAt = now;
        cancellationReason = command.reason();
        registerEvent(new CorrectiveActionCancelled(id, findingId, threatId, by, cancellationReason));
    }

    private void move(ActionStatus target) {
        if (!status.canMoveTo(target)) {
            Closed closed = closed();
            throw DomainException.conflict("corrective-action-closed", "This corrective action was already "
                    + status.name().toLowerCase() + " by " + closed.by() + " at " + closed.at()
                    + "; it cannot be " + target.name().toLowerCase() + " now. Plan a new action if more is needed.");
        }
        status = target;
    }

    /** Open, and its completion date is over in the case's time zone ({@code today} there). */
    boolean overdueOn(LocalDate today) {
        return status == ActionStatus.OPEN && completionDate.isBefore(today);
    }

    private record Closed(String by, Instant at, String note) {
    }

    private Closed closed() {
        return switch (status) {
            case OPEN -> null;
            case COMPLETED -> new Closed(completedBy, completedAt, completionNote);
            case CANCELLED -> new Closed(cancelledBy, cancelledAt, cancellationReason);
        };
    }

    CorrectiveActionView view(LocalDate today) {
        Closed closed = closed();
        return new CorrectiveActionView(id, findingId, threatId, capabilityElement, description,
                responsibleOrganization, pointOfContact, startDate, completionDate, status, overdueOn(today),
                new CorrectiveActionView.Planned(plannedBy, plannedAt),
                closed == null ? null : new CorrectiveActionView.Closed(closed.by(), closed.at(), closed.note()));
    }

    UUID id() {
        return id;
    }

    UUID findingId() {
        return findingId;
    }

    UUID threatId() {
        return threatId;
    }

    String pointOfContact() {
        return pointOfContact;
    }

    String description() {
        return description;
    }

    LocalDate completionDate() {
        return completionDate;
    }

    Instant plannedAt() {
        return plannedAt;
    }

    ActionStatus status() {
        return status;
    }
}
