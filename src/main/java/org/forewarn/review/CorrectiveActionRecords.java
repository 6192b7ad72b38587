package org.forewarn.review;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface CorrectiveActionRecords extends ListCrudRepository<CorrectiveAction, UUID> {

    List<CorrectiveAction> findByThreatIdOrderByPlannedAt(UUID threatId);

    List<CorrectiveAction> findByFindingIdInOrderByPlannedAt(Collection<UUID> findingIds);

    /** The open actions whose completion date is before {@code day}: the candidates for being overdue. */
    List<CorrectiveAction> findByStatusAndCompletionDateBeforeOrderByCompletionDate(ActionStatus status,
            LocalDate day);
}
