package org.forewarn.threat;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ThreatReports extends ListCrudRepository<ThreatReport, UUID> {

    List<ThreatReport> findAllByOrderByReceivedAtDesc();
}
