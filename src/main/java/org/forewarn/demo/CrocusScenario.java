package org.forewarn.demo;

import java.util.LinkedHashMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.forewarn.attribution.AddEvidence;
import org.forewarn.attribution.ClaimKind;
import org.forewarn.attribution.ClaimSource;
import org.forewarn.attribution.ClaimView;
import org.forewarn.attribution.Claims;
import org.forewarn.attribution.Consistency;
import org.forewarn.attribution.Hypotheses;
import org.forewarn.attribution.Likelihood;
import org.forewarn.attribution.RateConsistency;
import org.forewarn.attribution.RecordClaim;
import org.forewarn.attribution.RecordJudgement;
import org.forewarn.attribution.StateHypothesis;
import org.forewarn.attribution.Weight;
import org.forewarn.attribution.Wording;
import org.forewarn.alert.AlertArea;
import org.forewarn.alert.AlertView;
import org.forewarn.alert.Alerts;
import org.forewarn.alert.Certainty;
import org.forewarn.shared.ChannelType;
import org.forewarn.enrollment.ContactChannel;
import org.forewarn.alert.DraftAlert;
import org.forewarn.enrollment.Enroll;
import org.forewarn.enrollment.EnrolledLocation;
import org.forewarn.alert.ReleaseDecision;
import org.forewarn.enrollment.Enrollments;
import org.forewarn.alert.Severity;
import org.forewarn.alert.Translation;
import org.forewarn.alert.Urgency;
import org.forewarn.assessment.Assessments;
import org.forewarn.assessment.Decision;
import org.forewarn.assessment.DecideDetermination;
import org.forewarn.assessment.DeterminationView;
import org.forewarn.assessment.Outcome;
import org.forewarn.assessment.ProposeDetermination;
import org.forewarn.identity.ActingAs;
import org.forewarn.identity.Clearance;
import org.forewarn.recipient.AddRecipient;
import org.forewarn.recipient.Channel;
import org.forewarn.shared.ChannelType;
import org.forewarn.recipient.ConfirmRelationship;
import org.forewarn.recipient.RecipientKind;
import org.forewarn.recipient.RecipientView;
import org.forewarn.recipient.Recipients;
import org.forewarn.recipient.Relationship;
import org.forewarn.shared.PageRequest;
import org.forewarn.review.CapabilityElement;
import org.forewarn.review.DecideStatement;
import org.forewarn.review.DraftStatement;
import org.forewarn.review.StatementView;
import org.forewarn.review.StatementsOfRecord;
import org.forewarn.review.FindingKind;
import org.forewarn.review.FindingView;
import org.forewarn.review.Findings;
import org.forewarn.review.PlanCorrectiveAction;
import org.forewarn.review.RecordFinding;
import org.forewarn.shared.ScenarioClock;
import org.forewarn.threat.Area;
import org.forewarn.threat.HarmType;
import org.forewarn.threat.ProtectedDetails;
import org.forewarn.threat.RecordIncident;
import org.forewarn.threat.ReportThreat;
import org.forewarn.threat.SourceReliability;
import org.forewarn.threat.Target;
import org.forewarn.threat.ThreatFilter;
import org.forewarn.threat.TargetKind;
import org.forewarn.threat.ThreatView;
import org.forewarn.threat.Threats;
import org.forewarn.threat.Tlp;
import org.forewarn.warning.AcknowledgeWarning;
import org.forewarn.warning.DecideWarning;
import org.forewarn.warning.DraftWarning;
import org.forewarn.warning.FacetStatus;
import org.forewarn.warning.Facets;
import org.forewarn.warning.RecordResponse;
import org.forewarn.warning.ResponseKind;
import org.forewarn.warning.SendWarning;
import org.forewarn.warning.WarningView;
import org.forewarn.warning.Warnings;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replays the Crocus City Hall case from {@code demo/crocus-2024.json} (a copy of the shared
 * scenario) through the services, each step as the person who would take it and at the time it
 * happened. Hours the public record does not give are assumed, as the scenario file says.
 */
@Component
class CrocusScenario {

    static final String TITLE_KEY = "Islamic State plot against large gatherings in Moscow";

    private final Threats threats;
    private final Assessments assessments;
    private final Recipients recipients;
    private final Warnings warnings;
    private final Alerts alerts;
    private final Enrollments enrollments;
    private final ActingAs actingAs;
    private final ScenarioClock clock;
    private final Findings findings;
    private final Hypotheses hypotheses;
    private final StatementsOfRecord statements;
    private final Claims claims;
    private final JsonNode scenario;

    CrocusScenario(Threats threats, Assessments assessments, Recipients recipients, Warnings warnings,
            Alerts alerts, Enrollments enrollments, ActingAs actingAs, ScenarioClock clock, Findings findings,
            StatementsOfRecord statements, Hypotheses hypotheses, Claims claims) {
        this.hypotheses = hypotheses;
        this.findings = findings;
        this.statements = statements;
        this.claims = claims;
        this.alerts = alerts;
        this.enrollments = enrollments;
        this.threats = threats;
        this.assessments = assessments;
        this.recipients = recipients;
        this.warnings = warnings;
        this.actingAs = actingAs;
        this.clock = clock;
        try (InputStream in = getClass().getResourceAsStream("/demo/crocus-2024.json")) {
            this.scenario = JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The demo scenario is missing from the build", e);
        }
    }

    /** Found by searching for its title (a scaled demo has too many cases to read them all). */
    boolean alreadyLoaded() {
        return actingAs.as("auditor", () -> threats.page(new ThreatFilter("\"" + TITLE_KEY + "\"", null, null),
                PageRequest.first(PageRequest.MAX_LIMIT)).items().stream().anyMatch(t -> t.title().equals(TITLE_KEY)));
    }

    /** The outcome of the replay, for the start-up message. */
    record Loaded(UUID threatId, UUID warningId, UUID alertId) {
    }

    /** @param publicUrl where this server is reached, for the demo population's inboxes */
    Loaded load(String publicUrl) {
        JsonNode t = scenario.get("threat");
        ThreatView threat = step("2024-03-05T10:30:00+03:00", "analyst", () -> threats.report(reportThreat(t)));

        JsonNode d = scenario.get("determination");
        DeterminationView proposed = step("2024-03-05T13:00:00+03:00", "analyst", () -> assessments.propose(
                threat.id(), new ProposeDetermination(Outcome.valueOf(d.get("outcome").asString()),
                        d.get("credible").asBoolean(), d.get("specific").asBoolean(), d.get("rationale").asString(),
                        null)));
        step("2024-03-05T16:30:00+03:00", "approver", () -> assessments.decide(proposed.id(),
                new DecideDetermination(Decision.APPROVE, "Named venues and actor, imminent window: warn the "
                        + "Russian security service through liaison, whatever the relationship.")));

        JsonNode r = scenario.get("recipients").get(0);
        // An FSB entry already in the directory (entered by someone) is used as it is.
        RecipientView fsb = recipients.findByName(r.get("name").asString()).orElseGet(() ->
                step("2024-03-05T17:00:00+03:00", "analyst", () -> recipients.add(new AddRecipient(
                r.get("name").asString(), RecipientKind.valueOf(r.get("kind").asString()), r.get("country").asString(),
                Relationship.valueOf(r.get("relationship").asString()),
                List.of(new Channel(ChannelType.valueOf(r.get("channel").asString()),
                        "Liaison officer, U.S. Embassy Moscow, to the FSB duty-to-warn counterpart", null)),
                "Adversary service: warnings need an approver's sign-off."))));
        if (!fsb.relationshipConfirmed()) {
            step("2024-03-05T17:30:00+03:00", "approver", () -> recipients.confirmRelationship(fsb.id(),
                    new ConfirmRelationship(fsb.relationship())));
        }

        JsonNode w = scenario.get("warnings").get(0);
        JsonNode facets = w.get("facets");
        WarningView drafted = step("2024-03-06T10:00:00+03:00", "analyst", () -> warnings.draft(threat.id(),
                new DraftWarning(fsb.id(), ChannelType.LIAISON, w.get("releasableText").asString(), new Facets(
                        facet(facets, "actor"), facet(facets, "target"), facet(facets, "place"), facet(facets, "time"),
                        facet(facets, "method"), Map.of("method", "Describing the method would point to how the "
                        + "information was obtained.")), null)));
        step("2024-03-06T12:00:00+03:00", "approver", () -> warnings.decide(drafted.id(),
                new DecideWarning(DecideWarning.Decision.APPROVE, "Releasable; names both targets.")));
        Instant sentAt = at(w.get("sentAt").get("at").asString());
        step(w.get("sentAt").get("at").asString(), "liaison", () -> warnings.send(drafted.id(), new SendWarning(
                "liaison", "Read out and handed over in writing to the FSB counterpart.", sentAt)));

        JsonNode response = w.get("response");
        step("2024-03-07T12:30:00+03:00", "liaison", () -> warnings.acknowledge(drafted.id(),
                new AcknowledgeWarning(at(response.get("at").asString()), response.get("text").asString())));

        JsonNode a = scenario.get("publicAlert");
        enrollPopulation(publicUrl);
        // The consular officer writes it; the case is SECRET and consular is not cleared for it, so it
        // goes to a cleared approver, who checks it and releases it at the time it was issued.
        AlertView submitted = step("2024-03-07T20:30:00+03:00", "consular", () -> {
            AlertView draft = alerts.draft(new DraftAlert(a.get("sender").asString(), a.get("headline").asString(),
                    "Threat of terrorist attack on large gatherings", a.get("description").asString(),
                    a.get("instruction").asString(), "U.S. Embassy Moscow, Bolshoy Deviatinsky Pereulok No. 8, "
                    + "Moscow 121099. Telephone +7 (495) 728-5000. Emergencies: +7 (495) 728-5000.",
                    Severity.SEVERE, Urgency.IMMEDIATE, Certainty.LIKELY,
                    new AlertArea(a.get("area").asString(), polygon(t), null), null, null, "en-US",
                    List.of(new Translation("ru", "Предупреждение о безопасности: планы нападения на массовые "
                            + "мероприятия в Москве", null, "Посольство располагает сведениями о том, что экстремисты "
                            + "планируют в ближайшее время нападение на массовые мероприятия в Москве, включая концерты.",
                            "Избегайте массовых мероприятий в ближайшие 48 часов. Следите за сообщениями местных СМИ. "
                                    + "Будьте внимательны к окружающей обстановке.")),
                    scenario.get("timezone").asString(), threat.id(), null, null));
            return alerts.publish(draft.id());
        });
        AlertView alert = step(a.get("issuedAt").get("at").asString(), "approver", () -> alerts.release(
                submitted.id(), new ReleaseDecision(ReleaseDecision.Decision.RELEASE, "General terms only; "
                + "nothing that points to the source or how the information was obtained.")));

        JsonNode incident = scenario.get("incident");
        step("2024-03-23T09:00:00+03:00", "analyst", () -> threats.recordIncident(threat.id(), new RecordIncident(
                at(incident.get("at").asString()), incident.get("place").asString(),
                "Gunmen attacked a concert at Crocus City Hall and set the building on fire. "
                        + incident.get("responseNotes").asString(),
                incident.get("dead").asInt(), incident.get("injured").asInt())));

        JsonNode dispute = w.get("laterDispute");
        // The date of the SVR remark is not in the scenario; late March 2024 is assumed.
        step("2024-03-26T12:30:00+03:00", "liaison", () -> warnings.recordResponse(drafted.id(), new RecordResponse(
                ResponseKind.DISPUTE, at("2024-03-26T12:00:00+03:00"), dispute.get("text").asString(),
                dispute.get("by").asString())));

        recordClaims(threat.id(), drafted.id());

        // The after-action review: one analyst's finding on the public alert's delay, with its corrective
        // action (assumed; the report draws the other findings from the record itself).
        FindingView finding = step("2024-04-02T11:00:00+03:00", "analyst", () -> findings.record(threat.id(),
                new RecordFinding(FindingKind.AREA_FOR_IMPROVEMENT,
                        "The public was told 30 h after the FSB was warned",
                        "The embassy's alert went out the evening after the liaison hand-over. Drafting started only "
                                + "once the hand-over was recorded, and the release review waited for a cleared approver.",
                        "No public-alert text is prepared alongside a warning to officials, so No Double Standard "
                                + "work starts late.",
                        "Draft the public alert together with the warning to officials, from a pre-approved template "
                                + "for threats to large gatherings.",
                        "nds.delay")));
        step("2024-04-02T11:30:00+03:00", "analyst", () -> findings.planAction(threat.id(), finding.id(),
                new PlanCorrectiveAction("Prepare pre-approved public-alert templates for threats to large "
                        + "gatherings, and draft the alert in the same session as the warning to officials.",
                        CapabilityElement.PLANNING, "Duty-to-warn programme office", "approver",
                        java.time.LocalDate.of(2024, 4, 15), java.time.LocalDate.of(2024, 6, 30))));

        // The releasable answer to "too general": a statement of record quoting the delivered text,
        // drafted from the receipt by one approver and approved by another (assumed).
        StatementView statement = step("2024-04-03T10:00:00+03:00", "approver",
                () -> statements.draft(drafted.id(), new DraftStatement(null)));
        step("2024-04-03T15:00:00+03:00", "reviewer", () -> statements.decide(statement.id(),
                new DecideStatement(true, "Checked against the receipt; nothing beyond the delivered text.")));
        weighHypotheses(threat.id());
        return new Loaded(threat.id(), drafted.id(), alert.id());
    }

    /** Assumed: who each of the scenario's hypotheses holds responsible, named as the claims name them. */
    private static final Map<String, String> RESPONSIBLE_UNDER = Map.of("H1", "Islamic State", "H2", "Ukraine",
            "H3", "Western intelligence services");

    /**
     * The analyst's competing-hypotheses matrix (assumed, from the reported claims): the scenario's
     * hypotheses and evidence, each cell rated, and the judgement it supports.
     */
    private void weighHypotheses(UUID threatId) {
        JsonNode ach = scenario.get("hypotheses");
        Map<String, UUID> hypothesisIds = new LinkedHashMap<>();
        step("2024-03-27T10:00:00+03:00", "analyst", () -> {
            for (JsonNode h : ach.get("hypotheses")) {
                String id = h.get("id").asString();
                hypothesisIds.put(id, hypotheses.state(threatId,
                        new StateHypothesis(h.get("text").asString(), RESPONSIBLE_UNDER.get(id))).id());
            }
            // The first evidence row is Islamic State's claim: linked to it in the ledger.
            UUID claimOfResponsibility = claims.forThreat(threatId).stream()
                    .filter(c -> c.kind() == ClaimKind.CLAIM_OF_RESPONSIBILITY)
                    .min(java.util.Comparator.comparing(ClaimView::madeAt)).map(ClaimView::id).orElse(null);
            for (JsonNode e : ach.get("evidence")) {
                UUID claimId = e.get("id").asString().equals("E1") ? claimOfResponsibility : null;
                UUID evidence = hypotheses.addEvidence(threatId, new AddEvidence(e.get("text").asString(), claimId,
                        Weight.valueOf(e.get("credibility").asString()), null,
                        Weight.valueOf(e.get("relevance").asString()), Clearance.UNCLASSIFIED)).id();
                e.get("ratings").properties().forEach(rating -> hypotheses.rate(threatId, new RateConsistency(
                        hypothesisIds.get(rating.getKey()), evidence, Consistency.valueOf(rating.getValue().asString()))));
            }
            return null;
        });
        step("2024-03-27T16:00:00+03:00", "analyst", () -> hypotheses.judge(threatId, new RecordJudgement(
                "Islamic State (ISIS-K) planned and carried out the attack on its own; nothing presented supports a "
                        + "Ukrainian or Western role.", Likelihood.VERY_LIKELY, null)));
    }

    /**
     * The claims ledger, every claim of the scenario as its own row. Each is learned the day after it was
     * made (assumed: the scenario gives only the day it was reported), and graded C3 (assumed: a party's
     * statement as the press reported it). Claims about warnings are linked to the warning to the FSB.
     */
    private void recordClaims(UUID threatId, UUID warningId) {
        ZoneId zone = ZoneId.of(scenario.get("timezone").asString());
        for (JsonNode c : scenario.get("claims")) {
            String at = c.get("at").asString();
            // A claim known only by its month ("2024-04") is placed on the month's first day.
            LocalDate madeOn = at.length() == 7 ? YearMonth.parse(at).atDay(1) : LocalDate.parse(at);
            ClaimKind kind = ClaimKind.valueOf(c.get("kind").asString());
            String party = c.get("by").asString();
            // A claim of responsibility names its author as the one responsible.
            String subject = c.has("subject") ? c.get("subject").asString()
                    : kind == ClaimKind.CLAIM_OF_RESPONSIBILITY ? party.replaceAll("\\s*\\(.*\\)$", "") : null;
            Wording wording = c.get("basis").asString().contains("paraphrased") ? Wording.PARAPHRASED : Wording.QUOTED;
            boolean aboutWarning = kind == ClaimKind.CHARACTERIZATION_OF_WARNING
                    || kind == ClaimKind.STATEMENT_ABOUT_WARNING;
            String learned = madeOn.plusDays(1).atTime(10, 0).atZone(zone).toOffsetDateTime().toString();
            step(learned, "analyst", () -> claims.record(threatId, new RecordClaim(party, kind,
                    c.get("statement").asString(), wording, subject, null, madeOn, null,
                    new ClaimSource(c.get("source").asString(), null, null), SourceReliability.C, 3,
                    aboutWarning ? List.of(warningId) : List.of())));
        }
    }

    /**
     * A small enrolled population around the case: most in Moscow, some elsewhere or there only at
     * another time, so the fan-out shows both who is reached and who is not.
     */
    private void enrollPopulation(String publicUrl) {
        record Person(String name, String language, double lat, double lon, String from, String to) {
        }
        List<Person> people = List.of(
                new Person("Emily Carter", "en", 55.7520, 37.5930, null, null),
                new Person("Michael Brooks", "en", 55.7601, 37.6187, null, null),
                new Person("Sarah Nguyen", "en", 55.7903, 37.5305, null, null),
                new Person("David Kim", "en", 55.8254, 37.3886, null, null),
                new Person("Laura Petrova", "ru", 55.7280, 37.6010, null, null),
                new Person("James O'Neill", "en", 55.6790, 37.7400, null, null),
                new Person("Anna Schmidt", "en", 55.8100, 37.7000, "2024-03-01", "2024-03-15"),
                new Person("Robert Diaz", "en", 55.7000, 37.5000, "2024-01-10", "2024-01-20"),
                new Person("Olga Ivanova", "ru", 59.9343, 30.3351, null, null),
                new Person("Thomas Reed", "en", 56.3269, 44.0059, null, null));
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            String inbox = publicUrl + "/demo-inbox/person-" + (i + 1);
            enrollments.enroll(new Enroll("demo-" + (i + 1), p.name(), p.language(),
                    List.of(new ContactChannel(ChannelType.WEBHOOK, inbox)),
                    List.of(new EnrolledLocation(p.from() == null ? "home" : "trip", p.lat(), p.lon(),
                            p.from() == null ? null : at(p.from() + "T00:00:00+03:00"),
                            p.to() == null ? null : at(p.to() + "T23:59:59+03:00")))));
        }
    }

    private static List<List<Double>> polygon(JsonNode threat) {
        List<List<Double>> polygon = new ArrayList<>();
        threat.get("area").get("polygon").forEach(p -> polygon.add(List.of(p.get(0).asDouble(), p.get(1).asDouble())));
        return polygon;
    }

    private ReportThreat reportThreat(JsonNode t) {
        Set<HarmType> harms = new LinkedHashSet<>();
        t.get("harmTypes").forEach(h -> harms.add(HarmType.valueOf(h.asString())));
        List<Target> targets = new ArrayList<>();
        for (JsonNode target : t.get("targets")) {
            JsonNode point = target.get("point");
            targets.add(new Target(target.get("name").asString(), TargetKind.valueOf(target.get("kind").asString()),
                    target.get("place").asString(), point != null ? point.get("lat").asDouble() : null,
                    point != null ? point.get("lon").asDouble() : null,
                    target.has("country") ? target.get("country").asString() : null));
        }
        List<List<Double>> polygon = new ArrayList<>();
        t.get("area").get("polygon").forEach(p -> polygon.add(List.of(p.get(0).asDouble(), p.get(1).asDouble())));
        JsonNode p = t.get("protected");
        List<String> terms = new ArrayList<>();
        p.get("protectedTerms").forEach(term -> terms.add(term.asString()));
        return new ReportThreat(
                t.get("title").asString(),
                "Reporting indicates Islamic State (ISIS-K) operatives plan an armed assault on large gatherings in "
                        + "Moscow in March 2024; Crocus City Hall and a Moscow synagogue are named as potential targets.",
                harms, t.get("actor").asString(), t.get("method").asString(), targets,
                new Area(t.get("area").get("description").asString(), polygon),
                at(t.get("window").get("from").asString()), at(t.get("window").get("to").asString()),
                at(t.get("received").get("at").asString()),
                SourceReliability.valueOf(t.get("sourceReliability").asString()),
                Integer.parseInt(t.get("informationCredibility").asString()),
                Clearance.valueOf(t.get("classification").asString()), Set.of(), tlp(t.get("tlp").asString()),
                true,
                new ProtectedDetails(p.get("sourceDescription").asString(), p.get("collectionMethod").asString(),
                        terms),
                scenario.get("timezone").asString());
    }

    private static FacetStatus facet(JsonNode facets, String name) {
        return FacetStatus.valueOf(facets.get(name).asString());
    }

    private static Tlp tlp(String label) {
        for (Tlp tlp : Tlp.values()) {
            if (tlp.label().equals(label)) {
                return tlp;
            }
        }
        throw new IllegalArgumentException("Unknown TLP " + label);
    }

    private <T> T step(String when, String who, Supplier<T> work) {
        return clock.at(at(when), () -> actingAs.as(who, work));
    }

    private static Instant at(String isoOffsetDateTime) {
        return OffsetDateTime.parse(isoOffsetDateTime).toInstant();
    }
}
