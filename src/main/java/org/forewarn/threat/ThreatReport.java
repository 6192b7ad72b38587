package org.forewarn.threat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.forewarn.identity.Clearance;
import org.forewarn.shared.DomainException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A threat to life as reported: what, who, where, when, how reliable, and how it was learned. */
@Table("threats")
class ThreatReport extends AbstractAggregateRoot<ThreatReport> {

    @Id
    private UUID id;
    @Version
    private Long version;
    private String title;
    private String summary;
    private Set<HarmType> harmTypes;
    private String actor;
    private String method;
    private Targets targets;
    private Area area;
    private Instant windowFrom;
    private Instant windowTo;
    private Instant receivedAt;
    private SourceReliability sourceReliability;
    private int informationCredibility;
    private Clearance classification;
    private Set<String> compartments;
    private Tlp tlp;
    private boolean affectsGeneralPublic;
    private ProtectedDetails protectedDetails;
    private String timeZone;
    private ThreatStatus status;
    private String reportedBy;
    private Instant reportedAt;
    @MappedCollection(idColumn = "threat_id", keyColumn = "position")
    private List<Incident> incidents = new java.util.ArrayList<>();
    private Instant closedAt;
    private String closedBy;
    private String closureReason;

    ThreatReport() {
    }

    static ThreatReport report(ReportThreat c, String reportedBy, Instant now) {
        ThreatReport t = new ThreatReport();
        t.id = UUID.randomUUID();
        t.title = c.title().strip();
        t.summary = c.summary().strip();
        t.harmTypes = c.harmTypes();
        t.actor = c.actor();
        t.method = c.method();
        t.targets = new Targets(c.targets());
        t.area = c.area();
        t.windowFrom = c.windowFrom();
        t.windowTo = c.windowTo();
        t.receivedAt = c.receivedAt();
        t.sourceReliability = c.sourceReliability();
        t.informationCredibility = c.informationCredibility();
        t.classification = c.classification();
        t.compartments = c.compartments();
        t.tlp = c.tlp();
        t.affectsGeneralPublic = c.affectsGeneralPublic();
        t.protectedDetails = c.protectedDetails();
        t.timeZone = c.timeZone();
        t.status = ThreatStatus.OPEN;
        t.reportedBy = reportedBy;
        t.reportedAt = now;
        ProtectedDetails p = t.protectedDetails;
        boolean recorded = p.sourceDescription() != null || p.collectionMethod() != null || !p.protectedTerms().isEmpty();
        t.registerEvent(new ThreatReported(t.id, t.title, t.harmTypes, t.receivedAt, t.grading().code(),
                t.classification, t.tlp.label(), t.affectsGeneralPublic, t.targets.items().size(), recorded,
                p.protectedTerms().size()));
        return t;
    }

    void recordIncident(RecordIncident c, String by, Instant now) {
        incidents.add(new Incident(c.occurredAt(), c.place(), c.description().strip(), c.dead(), c.injured(), by, now));
        registerEvent(new IncidentRecorded(id, c.occurredAt(), c.place(), c.description().strip(), c.dead(),
                c.injured(), by));
    }

    void close(CloseThreat command, String by, Instant now) {
        if (status == ThreatStatus.CLOSED) {
            throw DomainException.conflict("threat-closed", "The threat was already closed by " + closedBy + " at "
                    + closedAt + ".");
        }
        status = ThreatStatus.CLOSED;
        closedAt = now;
        closedBy = by;
        closureReason = command.reason();
        registerEvent(new ThreatClosed(id, by, command.reason()));
    }

    AdmiraltyGrading grading() {
        return AdmiraltyGrading.of(sourceReliability, informationCredibility);
    }

    ThreatSummary summary() {
        return new ThreatSummary(id, title, harmTypes, actor, method, targets.items(), area, windowFrom, windowTo,
                receivedAt, classification, compartments, tlp, affectsGeneralPublic, timeZone, status, reportedAt,
                closedAt, List.copyOf(incidents));
    }

    ThreatView view(boolean cleared) {
        return new ThreatView(id, title, summary, harmTypes, actor, method, targets.items(), area, windowFrom, windowTo,
                receivedAt, sourceReliability, informationCredibility, grading(), classification, compartments, tlp,
                affectsGeneralPublic, timeZone, status, reportedBy, reportedAt, closedAt, closedBy, closureReason,
                List.copyOf(incidents), !cleared, cleared ? protectedDetails : null);
    }

    Instant receivedAt() {
        return receivedAt;
    }

    UUID id() {
        return id;
    }

    Clearance classification() {
        return classification;
    }

    Set<String> compartments() {
        return compartments;
    }

    ProtectedDetails protectedDetails() {
        return protectedDetails;
    }

    List<Target> targets() {
        return targets.items();
    }
}
