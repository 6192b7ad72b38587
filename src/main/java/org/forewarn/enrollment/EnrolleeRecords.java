package org.forewarn.enrollment;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

interface EnrolleeRecords extends ListCrudRepository<Enrollee, UUID> {

    boolean existsByExternalId(String externalId);

    /**
     * The person, with their row locked until the transaction ends. Changes lock the person's row
     * before touching their locations, as the CSV import does, so the two never deadlock.
     */
    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<Enrollee> findLockedById(UUID id);
}
