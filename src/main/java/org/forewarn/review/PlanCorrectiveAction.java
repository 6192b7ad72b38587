package org.forewarn.review;

import java.time.LocalDate;

import org.forewarn.shared.Violations;

/**
 * A corrective action for an area for improvement, with the columns of an HSEEP improvement plan.
 * Dates may lie in the past: an action agreed at the debrief is often written down afterwards.
 *
 * @param pointOfContact the Forewarn username of the person who owns the action and sees it when it is overdue
 * @param completionDate the day by which it is to be done (in the case's time zone)
 */
public record PlanCorrectiveAction(String description, CapabilityElement capabilityElement,
                                   String responsibleOrganization, String pointOfContact, LocalDate startDate,
                                   LocalDate completionDate) {

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    public PlanCorrectiveAction {
        description = Texts.strip(description);
        responsibleOrganization = Texts.strip(responsibleOrganization);
        pointOfContact = Texts.strip(pointOfContact);
        Violations.check()
                .notBlank(description, "description")
                .maxLength(description, 5_000, "description")
                .notNull(capabilityElement, "capabilityElement")
                .notBlank(responsibleOrganization, "responsibleOrganization")
                .maxLength(responsibleOrganization, 300, "responsibleOrganization")
                .notBlank(pointOfContact, "pointOfContact")
                .maxLength(pointOfContact, 100, "pointOfContact")
                .notNull(startDate, "startDate")
                .require(within(startDate), "startDate", "must be between 1900-01-01 and 2199-12-31")
                .notNull(completionDate, "completionDate")
                .require(within(completionDate), "completionDate", "must be between 1900-01-01 and 2199-12-31")
                .require(startDate == null || completionDate == null || !completionDate.isBefore(startDate),
                        "completionDate", "must not be before startDate")
                .orThrow();
    }

    private static boolean within(LocalDate date) {
        return date == null || (!date.isBefore(EARLIEST) && !date.isAfter(LATEST));
    }
}
