package org.forewarn.intake;

import java.time.Instant;

import org.forewarn.threat.SourceReliability;
import org.forewarn.threat.Tlp;

/**
 * What a partner's report says of the threat it would become. Harm, targets, classification and
 * protected details are the analyst's to give.
 *
 * @param summary                the report's description, and where it came from
 * @param actor                  the threat actors it names, if any
 * @param sourceReliability      the feed's grade of the partner
 * @param informationCredibility from the report's STIX confidence on the Admiralty scale of STIX 2.1
 *                               Appendix A (80-100 → 1 … 0-19 → 5; none → 6)
 * @param tlp                    from the report's TLP marking (TLP 2.0 or 1.0 definitions); AMBER when it has none
 */
public record ThreatPrefill(String title, String summary, String actor, Instant receivedAt,
                            SourceReliability sourceReliability, int informationCredibility, Tlp tlp) {
}
