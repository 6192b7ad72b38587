package org.forewarn.nds;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface NdsObligations extends ListCrudRepository<NdsObligation, UUID> {

    List<NdsObligation> findByStatusOrderByOpenedAt(NdsStatus status);
}
