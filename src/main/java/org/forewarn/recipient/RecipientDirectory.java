package org.forewarn.recipient;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface RecipientDirectory extends ListCrudRepository<Recipient, UUID> {

    @Query("select exists (select 1 from recipients where lower(name) = lower(:name))")
    boolean existsByNameIgnoringCase(String name);

    /** Through the unique index on lower(name). */
    @Query("select * from recipients where lower(name) = lower(:name)")
    Optional<Recipient> findByNameIgnoringCase(String name);
}
