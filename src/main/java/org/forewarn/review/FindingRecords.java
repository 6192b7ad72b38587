package org.forewarn.review;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface FindingRecords extends ListCrudRepository<Finding, UUID> {

    List<Finding> findByThreatIdOrderByRecordedAt(UUID threatId);
}
