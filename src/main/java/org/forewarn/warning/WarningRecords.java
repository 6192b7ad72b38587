package org.forewarn.warning;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface WarningRecords extends ListCrudRepository<Warning, UUID> {

    List<Warning> findByThreatIdOrderByDraftedAt(UUID threatId);

    List<Warning> findByStateIn(Collection<WarningState> states);

    boolean existsByThreatIdAndSentAtIsNotNull(UUID threatId);
}
