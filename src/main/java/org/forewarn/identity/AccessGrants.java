package org.forewarn.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface AccessGrants extends ListCrudRepository<AccessGrant, UUID> {

    Optional<AccessGrant> findByUserIdAndStatus(UUID userId, GrantStatus status);

    List<AccessGrant> findByStatusOrderByRequestedAt(GrantStatus status);

    List<AccessGrant> findByUserIdInAndStatus(Collection<UUID> userIds, GrantStatus status);
}
