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

    /** Every threat's determination in force, where it is a duty to warn. */
    @Query("""
            select d.* from determinations d
            where d.state = 'APPROVED' and d.outcome = 'DUTY_TO_WARN'
              and not exists (select 1 from determinations later
                              where later.threat_id = d.threat_id and later.state = 'APPROVED'
                                and later.decided_at > d.decided_at)
            order by d.warn_by""")
    List<Determination> findDutiesInForce();
}
