package org.forewarn.review;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface StatementRecords extends ListCrudRepository<StatementOfRecord, UUID> {

    List<StatementOfRecord> findByStateOrderByDraftedAt(StatementState state);

    List<StatementOfRecord> findByWarningIdAndStateOrderByDraftedAt(UUID warningId, StatementState state);
}
