package org.forewarn.recipient;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface RecipientDirectory extends ListCrudRepository<Recipient, UUID> {

    @Query("select exists (select 1 from recipients where lower(name) = lower(:name))")
    boolean existsByNameIgnoringCase(String name);

    @Query("select * from recipients order by lower(name)")
    List<Recipient> findAllByName();
}
