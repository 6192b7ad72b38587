package org.forewarn.threat;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.forewarn.identity.Clearance;
import org.forewarn.shared.Violations;

/**
 * A new threat report, as an analyst enters it.
 *
 * @param timeZone the IANA zone the case is read in (e.g. {@code Europe/Moscow}); UTC if absent
 */
public record ReportThreat(String title, String summary, Set<HarmType> harmTypes, String actor, String method,
                           List<Target> targets, Area area, Instant windowFrom, Instant windowTo, Instant receivedAt,
                           SourceReliability sourceReliability, Integer informationCredibility,
                           Clearance classification, Set<String> compartments, Tlp tlp, Boolean affectsGeneralPublic,
                           ProtectedDetails protectedDetails, String timeZone) {

    public ReportThreat {
        harmTypes = harmTypes == null ? Set.of() : Set.copyOf(harmTypes);
        targets = targets == null ? List.of() : List.copyOf(targets);
        compartments = compartments == null ? Set.of() : Set.copyOf(compartments);
        protectedDetails = protectedDetails == null ? ProtectedDetails.none() : protectedDetails;
        timeZone = timeZone == null || timeZone.isBlank() ? "UTC" : timeZone.strip();
        Violations.check()
                .notBlank(title, "title")
                .maxLength(title, 300, "title")
                .notBlank(summary, "summary")
                .maxLength(summary, 20_000, "summary")
                .notEmpty(harmTypes, "harmTypes")
                .maxLength(actor, 500, "actor")
                .maxLength(method, 500, "method")
                .require(!targets.isEmpty() || area != null, "targets",
                        "name at least one target, or give an area the threat covers")
                .require(targets.size() <= 100, "targets", "must have at most 100 entries")
                .notNull(receivedAt, "receivedAt")
                .time(receivedAt, "receivedAt").time(windowFrom, "windowFrom").time(windowTo, "windowTo")
                .require(windowFrom == null || windowTo == null || !windowTo.isBefore(windowFrom), "windowTo",
                        "must not be before windowFrom")
                .notNull(sourceReliability, "sourceReliability")
                .require(informationCredibility != null && informationCredibility >= 1 && informationCredibility <= 6,
                        "informationCredibility", "must be a number from 1 (confirmed) to 6 (cannot be judged)")
                .notNull(classification, "classification")
                .notNull(tlp, "tlp")
                .notNull(affectsGeneralPublic, "affectsGeneralPublic")
                .require(validZone(timeZone), "timeZone", "must be an IANA time zone such as Europe/Moscow")
                .orThrow();
    }

    private static boolean validZone(String zone) {
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
