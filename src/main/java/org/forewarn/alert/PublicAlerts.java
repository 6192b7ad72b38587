package org.forewarn.alert;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface PublicAlerts extends ListCrudRepository<PublicAlert, UUID> {

    /** Every published message (alerts, updates, cancels), newest first; never drafts or messages awaiting release. */
    @Query("select * from public_alerts where status in " + AlertStatus.PUBLIC_SQL + " order by sent desc, revision desc")
    List<PublicAlert> findPublishedNewestFirst();

    /** Published messages without a record (published before records were kept), oldest first. */
    @Query("select * from public_alerts where status in " + AlertStatus.PUBLIC_SQL + " and cap_document is null "
            + "order by sent, revision")
    List<PublicAlert> findPublishedWithoutRecord();

    @Query("select * from public_alerts where status = 'AWAITING_RELEASE' order by submitted_at")
    List<PublicAlert> findAwaitingRelease();

    @Query("select * from public_alerts where threat_id = :threatId and status in " + AlertStatus.PUBLIC_SQL
            + " and msg_type <> 'CANCEL' order by sent limit 1")
    Optional<PublicAlert> findFirstPublishedForThreat(UUID threatId);
}
