package org.forewarn.attribution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.forewarn.identity.Clearance;
import org.forewarn.shared.ForewarnProperties;
import org.forewarn.shared.PageRequest;
import org.forewarn.shared.Stix;
import org.forewarn.shared.StixId;
import org.forewarn.threat.Incident;
import org.forewarn.threat.ThreatSummary;
import org.forewarn.threat.Threats;
import org.forewarn.warning.Warnings;
import org.springframework.stereotype.Service;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A case's claims and competing-hypotheses analysis as a STIX 2.1 bundle, for partners and tools that
 * speak STIX:
 * <ul>
 * <li>the attack is a {@code campaign}; each party that made a claim an {@code identity}; each one said
 * to be responsible (by a claim, or by a hypothesis's subject) a {@code threat-actor};</li>
 * <li>each claim of responsibility or attribution is its own {@code attributed-to} relationship,
 * {@code created_by_ref} the party that made it, with the claim's credibility as {@code confidence};
 * disputed attributions stay separate relationships, never merged;</li>
 * <li>a denial or rebuttal is the party's {@code opinion} (strongly-disagree) of the attributions to
 * whom it concerns; each judgement of ours is our own attribution (confidence from its ICD 203
 * likelihood), our {@code opinion} of the parties' attributions to the same subject, and a
 * {@code note};</li>
 * <li>the matrix is a {@code note}: hypotheses, scores and the evidence rows that may be released;</li>
 * <li>each claim's source is a {@code report} of it, graded with MISP's Admiralty-scale tags.</li>
 * </ul>
 * Only releasable content enters: no evidence classified above UNCLASSIFIED, whatever the reader's
 * clearance, and every text is checked again for the case's protected content as it stands now (a term
 * protected after a claim was recorded still keeps that claim out). What is kept out is counted.
 */
@Service
public class AttributionStix {

    /** The STIX 2.1 media type (STIX 2.1, section 1.6). */
    public static final String MEDIA_TYPE = Stix.MEDIA_TYPE;

    private final Claims claims;
    private final Hypotheses hypotheses;
    private final Threats threats;
    private final Warnings warnings;
    private final ForewarnProperties properties;

    AttributionStix(Claims claims, Hypotheses hypotheses, Threats threats, Warnings warnings,
            ForewarnProperties properties) {
        this.claims = claims;
        this.hypotheses = hypotheses;
        this.threats = threats;
        this.warnings = warnings;
        this.properties = properties;
    }

    /**
     * The bundle, and how many claims, hypotheses, evidence rows and judgements were kept out because they
     * are classified or reveal protected content.
     */
    public record Export(JsonNode bundle, int withheld) {

        /** The bundle as a download: indented JSON. */
        public String json() {
            return PRETTY.writeValueAsString(bundle);
        }
    }

    private static final tools.jackson.databind.ObjectWriter PRETTY = tools.jackson.databind.json.JsonMapper.builder()
            .build().writerWithDefaultPrettyPrinter();

    /** The name a download of the case's bundle is saved under. */
    public static String fileName(UUID threatId) {
        return "forewarn-case-" + threatId + ".stix.json";
    }

    public Export export(UUID threatId) {
        return new Build(threats.summary(threatId)).run();
    }

    /** One export: the case, the objects so far, and what was kept out. */
    private final class Build {

        private final ThreatSummary threat;
        private final StixObjects stix;
        private final String us;
        private final String campaign;
        private final Map<String, String> actors = new LinkedHashMap<>();
        /** The parties' attributed-to relationships, by the key of the one held responsible. */
        private final Map<String, List<String>> attributions = new LinkedHashMap<>();
        private final java.util.function.Function<String, List<org.forewarn.warning.Leak>> protectedContent;
        private int withheld;

        Build(ThreatSummary threat) {
            this.threat = threat;
            this.stix = new StixObjects(threat.tlp());
            this.us = Stix.ownIdentity(properties.organization());
            this.campaign = StixId.of("campaign", "case:" + threat.id());
            this.protectedContent = warnings.protectedContentCheck(threat.id());
        }

        Export run() {
            ObjectNode own = stix.object("identity", us, Stix.OWN_IDENTITY_CREATED, null, null);
            own.put("name", properties.organization());
            own.put("identity_class", "organization");
            stix.add(own);
            addCampaign();
            List<ClaimView> ledger = claims.forThreat(threat.id()).stream()
                    .sorted(Comparator.comparing(ClaimView::madeAt).thenComparing(ClaimView::id)).toList();
            List<ClaimView> disputes = new ArrayList<>();
            for (ClaimView claim : ledger) {
                if (!releasable(claim.party(), claim.statement(), claim.subject(), claim.source().outlet(),
                        claim.source().document())) {
                    continue;
                }
                if (claim.kind() == ClaimKind.DENIAL || claim.kind() == ClaimKind.REBUTTAL) {
                    disputes.add(claim);
                } else {
                    addSource(claim, claim.kind().namesResponsible() ? addAttribution(claim) : addStatement(claim, campaign));
                }
            }
            disputes.forEach(claim -> addSource(claim, addDispute(claim)));
            addAnalysis();
            return new Export(stix.bundle(), withheld);
        }

        private void addCampaign() {
            String title = releasable(threat.title()) ? threat.title() : "Case " + threat.id();
            Instant changed = threat.incidents().stream().map(Incident::recordedAt).max(Comparator.naturalOrder())
                    .orElse(threat.reportedAt());
            ObjectNode c = stix.object("campaign", campaign, threat.reportedAt(), changed, us);
            c.put("name", title);
            threat.incidents().stream().filter(i -> releasable(i.place(), i.description()))
                    .min(Comparator.comparing(Incident::occurredAt)).ifPresent(i -> {
                        c.put("first_seen", StixObjects.time(i.occurredAt()));
                        c.put("description", describe(i));
                    });
            stix.add(c);
        }

        /** A claim of responsibility or an attribution: the party's own attributed-to relationship. */
        private String addAttribution(ClaimView claim) {
            String id = StixId.of("relationship", "claim:" + claim.id());
            ObjectNode r = stix.object("relationship", id, claim.madeAt(), null, party(claim));
            r.put("relationship_type", "attributed-to");
            r.put("description", claim.kindInWords() + " by " + claim.party() + ": " + said(claim));
            r.put("source_ref", campaign);
            r.put("target_ref", actor(claim.subject(), claim.madeAt()));
            StixConfidence.ofInformationCredibility(informationCredibility(claim)).ifPresent(v -> r.put("confidence", v));
            externalReference(r, claim);
            stix.add(r);
            attributions.computeIfAbsent(Names.key(claim.subject()), k -> new ArrayList<>()).add(id);
            return id;
        }

        /**
         * A denial or rebuttal: the party strongly disagrees with the attributions to the one it concerns
         * (its subject; for a denial without one, the party itself). With none in the bundle it stays what
         * it is, the party's statement.
         */
        private String addDispute(ClaimView claim) {
            String concerns = claim.subject() != null ? claim.subject() : claim.party();
            List<String> disputed = attributionsTo(concerns);
            if (disputed.isEmpty()) {
                return addStatement(claim, actors.getOrDefault(matchingActor(concerns), campaign));
            }
            String id = StixId.of("opinion", "claim:" + claim.id());
            ObjectNode o = stix.object("opinion", id, claim.madeAt(), null, party(claim));
            o.put("opinion", "strongly-disagree");
            o.put("explanation", claim.kindInWords() + " by " + claim.party() + ": " + said(claim));
            o.putArray("authors").add(claim.party());
            StixObjects.refs(o, "object_refs", disputed);
            externalReference(o, claim);
            stix.add(o);
            return id;
        }

        /** Any other claim, e.g. what a party said of our warning: a note by the party. */
        private String addStatement(ClaimView claim, String about) {
            String id = StixId.of("note", "claim:" + claim.id());
            ObjectNode n = stix.object("note", id, claim.madeAt(), null, party(claim));
            n.put("abstract", claim.kindInWords() + " by " + claim.party());
            n.put("content", said(claim));
            n.putArray("authors").add(claim.party());
            n.putArray("object_refs").add(about);
            externalReference(n, claim);
            stix.add(n);
            return id;
        }

        /** Where we read the claim: a report of it, by us, graded as the ledger grades it. */
        private void addSource(ClaimView claim, String derived) {
            String name = claim.source().outlet() + (claim.source().document() == null ? ""
                    : ": " + claim.source().document());
            ObjectNode r = stix.object("report", StixId.of("report", "claim:" + claim.id() + ":source"),
                    claim.recorded().at(), null, us);
            r.put("name", name);
            r.put("description", claim.kindInWords() + " by " + claim.party() + ", made "
                    + StixObjects.time(claim.madeAt()) + ", learned " + StixObjects.time(claim.learnedAt())
                    + "; graded " + claim.grading().code() + " (" + claim.grading().sourceReliability() + ", "
                    + claim.grading().informationCredibility() + ").");
            r.putArray("report_types").add("threat-report");
            r.put("published", StixObjects.time(claim.madeAt()));
            String code = claim.grading().code();
            ArrayNode labels = r.putArray("labels");
            labels.add("admiralty-scale:source-reliability=\"" + code.substring(0, 1).toLowerCase(Locale.ROOT) + "\"");
            labels.add("admiralty-scale:information-credibility=\"" + code.substring(1) + "\"");
            StixConfidence.ofInformationCredibility(informationCredibility(claim)).ifPresent(v -> r.put("confidence", v));
            StixObjects.refs(r, "object_refs", List.of(derived, party(claim)));
            externalReference(r, claim);
            stix.add(r);
        }

        /** Our analysis: the matrix as it stands, and each judgement. */
        private void addAnalysis() {
            MatrixView matrix = hypotheses.matrix(threat.id(), null, Set.of());
            Map<UUID, HypothesisView> shared = new LinkedHashMap<>();
            for (HypothesisView h : matrix.hypotheses()) {
                if (releasable(h.text(), h.subject())) {
                    shared.put(h.id(), h);
                    if (h.subject() != null) {
                        actor(h.subject(), h.statedAt());
                    }
                }
            }
            List<JudgementView> judgements = allJudgements();
            for (JudgementView j : judgements) {
                if (releasable(j.statement())) {
                    addJudgement(j, j.hypothesis() == null ? null : shared.get(j.hypothesis().id()));
                }
            }
            if (!shared.isEmpty()) {
                addMatrix(matrix, shared);
            }
        }

        private void addJudgement(JudgementView j, HypothesisView judged) {
            String about = campaign;
            String likelihood = j.likelihoodWords() + " (" + j.likelihoodPercent() + ")";
            if (judged != null && judged.subject() != null) {
                String relationship = StixId.of("relationship", "judgement:" + j.id());
                ObjectNode r = stix.object("relationship", relationship, j.recordedAt(), null, us);
                r.put("relationship_type", "attributed-to");
                r.put("description", j.statement() + " Judged " + likelihood + " (" + judged.label() + ").");
                r.put("source_ref", campaign);
                r.put("target_ref", actor(judged.subject(), judged.statedAt()));
                r.put("confidence", StixConfidence.ofLikelihood(j.likelihood()));
                stix.add(r);
                about = relationship;
                List<String> theirs = attributionsTo(judged.subject());
                if (!theirs.isEmpty()) {
                    ObjectNode o = stix.object("opinion", StixId.of("opinion", "judgement:" + j.id()),
                            j.recordedAt(), null, us);
                    o.put("opinion", StixConfidence.opinionOf(j.likelihood()));
                    o.put("explanation", j.statement() + " (" + likelihood + ")");
                    o.putArray("authors").add(properties.organization());
                    StixObjects.refs(o, "object_refs", theirs);
                    stix.add(o);
                }
            }
            ObjectNode n = stix.object("note", StixId.of("note", "judgement:" + j.id()), j.recordedAt(), null, us);
            n.put("abstract", "Attribution judgement: " + likelihood
                    + (judged == null ? "" : ", on " + judged.label()));
            n.put("content", j.statement() + "\n\nRests on the matrix as it stood at "
                    + StixObjects.time(j.basedOnMatrixAt()) + "; inconsistency scores then: " + j.scores().stream()
                    .map(s -> s.label() + " " + s.score().toPlainString()).collect(Collectors.joining(", ")) + ".");
            n.putArray("authors").add(properties.organization());
            n.putArray("object_refs").add(about);
            stix.add(n);
        }

        private void addMatrix(MatrixView matrix, Map<UUID, HypothesisView> shared) {
            Instant first = shared.values().stream().map(HypothesisView::statedAt).min(Comparator.naturalOrder())
                    .orElseThrow();
            Instant last = Stream.of(shared.values().stream().map(HypothesisView::statedAt),
                            matrix.evidence().stream().map(r -> r.evidence().addedAt()),
                            matrix.cells().stream().map(MatrixView.Cell::ratedAt))
                    .flatMap(s -> s).max(Comparator.naturalOrder()).orElse(first);
            StringBuilder content = new StringBuilder("Analysis of competing hypotheses (Heuer). "
                    + "Inconsistency scores, least inconsistent first (only I = 1 and II = 2 count, weighted by "
                    + "credibility and relevance):\n");
            matrix.ranking().stream().filter(r -> shared.containsKey(r.hypothesisId())).forEach(r -> content
                    .append("- ").append(r.label()).append(" (score ").append(r.score().toPlainString())
                    .append(r.tied() ? ", tied" : "").append("): ").append(shared.get(r.hypothesisId()).text())
                    .append('\n'));
            content.append("Evidence:\n");
            int kept = 0;
            for (MatrixView.Row row : matrix.evidence()) {
                EvidenceView e = row.evidence();
                boolean unclassified = e.classification() == Clearance.UNCLASSIFIED && !e.isProtected();
                if (unclassified && releasable(e.text())) {
                    content.append("- ").append(e.label()).append(" (credibility ").append(e.credibility())
                            .append(e.grading() == null ? "" : " from " + e.grading()).append(", relevance ")
                            .append(e.relevance()).append(", ")
                            .append(row.diagnosticity().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                            .append("): ").append(e.text()).append('\n');
                } else {
                    kept++;
                    if (!unclassified) {
                        withheld++; // a leaking text is counted by releasable()
                    }
                }
            }
            if (kept > 0) {
                content.append(kept).append(" evidence row").append(kept == 1 ? " is" : "s are")
                        .append(" not released; the scores count their ratings.\n");
            }
            String leading = String.join(", ", matrix.leading());
            ObjectNode n = stix.object("note", StixId.of("note", "matrix:" + threat.id()), first, last, us);
            n.put("abstract", "Competing hypotheses: " + (matrix.leading().size() == 1 ? leading + " leads"
                    : leading + " tie for the lead"));
            n.put("content", content.toString().strip());
            n.putArray("authors").add(properties.organization());
            List<String> refs = new ArrayList<>(List.of(campaign));
            shared.values().stream().map(HypothesisView::subject).filter(Objects::nonNull)
                    .map(s -> actors.get(matchingActor(s))).filter(Objects::nonNull).distinct().forEach(refs::add);
            StixObjects.refs(n, "object_refs", refs);
            stix.add(n);
        }

        private List<JudgementView> allJudgements() {
            List<JudgementView> all = new ArrayList<>();
            PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
            while (request != null) {
                var page = hypotheses.judgements(threat.id(), request);
                all.addAll(page.items());
                request = page.next() == null ? null : PageRequest.of(PageRequest.MAX_LIMIT, page.next());
            }
            all.sort(Comparator.comparing(JudgementView::recordedAt).thenComparing(JudgementView::id));
            return all;
        }

        /** The party's identity in this case, added the first time it appears. */
        private String party(ClaimView claim) {
            String id = StixId.of("identity", "case:" + threat.id() + ":party:" + Names.key(claim.party()));
            if (!stix.has(id)) {
                ObjectNode i = stix.object("identity", id, claim.madeAt(), null, us);
                i.put("name", claim.party());
                i.put("identity_class", "unknown");
                stix.add(i);
            }
            return id;
        }

        /** The threat actor of this name in this case (one per name, however spelt), added when first named. */
        private String actor(String name, Instant namedAt) {
            String key = matchingActor(name);
            if (key == null) {
                key = Names.key(name);
                String id = StixId.of("threat-actor", "case:" + threat.id() + ":" + key);
                ObjectNode a = stix.object("threat-actor", id, namedAt, null, us);
                a.put("name", name);
                a.put("description", "Held responsible by a claim or a hypothesis on this case; "
                        + "an attribution, not a finding.");
                stix.add(a);
                actors.put(key, id);
            }
            return actors.get(key);
        }

        /** The key of the actor already named that {@code name} names, if any. */
        private String matchingActor(String name) {
            String key = Names.key(name);
            return actors.keySet().stream().filter(k -> Names.sameOrWithin(k, key)).findFirst().orElse(null);
        }

        private List<String> attributionsTo(String name) {
            String key = Names.key(name);
            return attributions.entrySet().stream().filter(e -> Names.sameOrWithin(e.getKey(), key))
                    .flatMap(e -> e.getValue().stream()).toList();
        }

        /** True if none of the texts reveals the case's protected content; else one more item kept out. */
        private boolean releasable(String... texts) {
            boolean clean = Arrays.stream(texts).filter(Objects::nonNull)
                    .allMatch(t -> protectedContent.apply(t).isEmpty());
            if (!clean) {
                withheld++;
            }
            return clean;
        }
    }

    private static void externalReference(ObjectNode object, ClaimView claim) {
        ObjectNode ref = object.putArray("external_references").addObject();
        ref.put("source_name", claim.source().outlet());
        if (claim.source().url() != null) {
            ref.put("url", claim.source().url());
        }
        ref.put("description", claim.source().document() != null ? claim.source().document()
                : "Where the claim was read or heard");
    }

    private static String said(ClaimView claim) {
        return claim.quoted() ? "\u201c" + claim.statement() + "\u201d" : claim.statement();
    }

    private static int informationCredibility(ClaimView claim) {
        return claim.grading().code().charAt(1) - '0';
    }

    private static String describe(Incident i) {
        List<String> parts = new ArrayList<>();
        if (i.description() != null) {
            parts.add(i.description());
        }
        if (i.place() != null) {
            parts.add("Place: " + i.place() + ".");
        }
        if (i.dead() != null || i.injured() != null) {
            parts.add((i.dead() == null ? "" : i.dead() + " dead") + (i.dead() != null && i.injured() != null
                    ? ", " : "") + (i.injured() == null ? "" : i.injured() + " injured") + ".");
        }
        return String.join(" ", parts);
    }
}
