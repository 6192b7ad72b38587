package org.forewarn.review;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface StatementRecords extends ListCrudRepository<StatementOfRecord, UUID> {
}
