package org.forewarn.attribution;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ClaimRecords extends ListCrudRepository<Claim, UUID> {
}
