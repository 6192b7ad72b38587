package org.forewarn.assessment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Determinations extends ListCrudRepository<Determination, UUID> {

    List<Determination> findByThreatIdOrderByProposedAt(UUID threatId);

    boolean existsByThreatIdAndState(UUID threatId, DeterminationState state);

    List<Determination> findByStateOrderByProposedAt(DeterminationState state);

    /** The determination in force for a threat: the most recently approved one. */
    @Query("""
            select * from determinations where threat_id = :threatId and state = 'APPROVED'
            order by decided_at desc limit 1""")
    Optional<Determination> findInForce(UUID threatId);

}
