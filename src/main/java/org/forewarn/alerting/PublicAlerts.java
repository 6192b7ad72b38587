package org.forewarn.alerting;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface PublicAlerts extends ListCrudRepository<PublicAlert, UUID> {

    @Query("select * from public_alerts order by created_at desc")
    List<PublicAlert> findAllNewestFirst();

    /** Every published message (alerts, updates, cancels), newest first. */
    @Query("select * from public_alerts where status <> 'DRAFT' order by sent desc, revision desc")
    List<PublicAlert> findPublishedNewestFirst();

    @Query("select exists (select 1 from public_alerts where threat_id = :threatId and status <> 'DRAFT' "
            + "and msg_type <> 'CANCEL')")
    boolean existsPublishedForThreat(UUID threatId);

    @Query("select * from public_alerts where threat_id = :threatId and status <> 'DRAFT' and msg_type <> 'CANCEL' "
            + "order by sent limit 1")
    java.util.Optional<PublicAlert> findFirstPublishedForThreat(UUID threatId);
}
