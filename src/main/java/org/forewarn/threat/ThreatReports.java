package org.forewarn.threat;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ThreatReports extends ListCrudRepository<ThreatReport, UUID> {

}
