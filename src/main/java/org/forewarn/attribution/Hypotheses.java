package org.forewarn.attribution;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.forewarn.identity.Actor;
import org.forewarn.identity.Clearance;
import org.forewarn.identity.CurrentUser;
import org.forewarn.shared.DomainException;
import org.forewarn.shared.InvalidInput;
import org.forewarn.shared.Keyset;
import org.forewarn.shared.KeysetSql;
import org.forewarn.shared.Page;
import org.forewarn.shared.PageRequest;
import org.forewarn.shared.SqlCondition;
import org.forewarn.threat.ThreatSummary;
import org.forewarn.threat.Threats;
import org.forewarn.warning.Leak;
import org.forewarn.warning.Warnings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Analysis of competing hypotheses on a case: analysts cleared for the case state hypotheses, add
 * evidence and rate each cell; any case reader sees the matrix as it stands or as it stood, with
 * the rows they choose switched off; judgements rest on a version of the matrix. Evidence classified
 * above a reader's clearance reaches them as a row without its text, though its ratings still count.
 */
@Service
public class Hypotheses {

    public static final int MAX_HYPOTHESES = 26;
    public static final int MAX_EVIDENCE = 200;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Claims claims;
    private final Threats threats;
    private final Warnings warnings;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Hypotheses(JdbcClient jdbc, Claims claims, Threats threats, Warnings warnings, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.claims = claims;
        this.threats = threats;
        this.warnings = warnings;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** States a hypothesis, labelled H1, H2, … in the order stated. */
    @Transactional
    public HypothesisView state(UUID threatId, StateHypothesis command) {
        requireWriter(threatId, "state a hypothesis on this case");
        requireReleasable(threatId, command.text(), "hypothesis");
        if (command.subject() != null) {
            requireReleasable(threatId, command.subject(), "hypothesis's subject");
        }
        lockCase(threatId);
        int count = count("hypotheses", threatId);
        if (count >= MAX_HYPOTHESES) {
            throw DomainException.conflict("too-many-hypotheses", "This case already has " + count
                    + " hypotheses, the most a matrix holds. Sharpen or merge them in a new analysis.");
        }
        HypothesisView h = new HypothesisView(UUID.randomUUID(), threatId, "H" + (count + 1), command.text(),
                command.subject(), currentUser.name(), clock.instant());
        jdbc.sql("insert into hypotheses (id, threat_id, label, text, subject, stated_by, stated_at) "
                        + "values (:id, :threatId, :label, :text, :subject, :by, :at)")
                .param("id", h.id()).param("threatId", threatId).param("label", h.label()).param("text", h.text())
                .param("subject", h.subject()).param("by", h.statedBy()).param("at", Timestamp.from(h.statedAt()))
                .update();
        events.publishEvent(new HypothesisStated(h.id(), threatId, h.label(), h.text(), h.subject(), h.statedBy()));
        return h;
    }

    public BoundedList<HypothesisView> hypotheses(UUID threatId) {
        threats.summary(threatId);
        return new BoundedList<>(hypothesesAsOf(threatId, null));
    }

    /**
     * Adds evidence, labelled E1, E2, … Its text is not checked for protected content: evidence may
     * well be protected, which is what its classification is for. Nobody adds evidence classified
     * above their own clearance. Evidence that is a claim must be a claim of this case; it quotes the
     * claim when it has no text of its own, and takes its credibility from the claim's grade when none
     * is stated.
     */
    @Transactional
    public EvidenceView addEvidence(UUID threatId, AddEvidence command) {
        Actor actor = requireWriter(threatId, "add evidence on this case");
        if (!actor.clearance().reaches(command.classification())) {
            throw DomainException.forbidden("not-cleared", "You are cleared to " + actor.clearance()
                    + "; evidence classified " + command.classification() + " must be added by someone cleared for it.");
        }
        ClaimView claim = command.claimId() == null ? null : claimOfCase(threatId, command.claimId());
        String text = command.text() != null ? command.text() : quoting(claim);
        Weighed credibility = credibility(command, claim);
        lockCase(threatId);
        int count = count("evidence", threatId);
        if (count >= MAX_EVIDENCE) {
            throw DomainException.conflict("too-much-evidence", "This case already has " + count
                    + " evidence rows, the most a matrix holds.");
        }
        Evidence e = new Evidence(UUID.randomUUID(), threatId, "E" + (count + 1), text, command.claimId(),
                credibility.weight(), credibility.grading(), credibility.from(), command.relevance(),
                command.classification(), currentUser.name(), clock.instant());
        jdbc.sql("insert into evidence (id, threat_id, label, text, claim_id, credibility, grading, credibility_from, "
                        + "relevance, classification, added_by, added_at) values (:id, :threatId, :label, :text, "
                        + ":claimId, :credibility, :grading, :from, :relevance, :classification, :by, :at)")
                .param("id", e.id()).param("threatId", threatId).param("label", e.label()).param("text", e.text())
                .param("claimId", e.claimId()).param("credibility", e.credibility().name())
                .param("grading", e.grading()).param("from", e.credibilityFrom().name())
                .param("relevance", e.relevance().name()).param("classification", e.classification().name())
                .param("by", e.addedBy()).param("at", Timestamp.from(e.addedAt())).update();
        events.publishEvent(EvidenceAdded.of(e));
        return e.viewFor(actor, threats.summary(threatId), 0);
    }

    /** 422 {@code unknown-claim} unless the claim is in this case's ledger. */
    private ClaimView claimOfCase(UUID threatId, UUID claimId) {
        ClaimView claim = claims.find(claimId).orElse(null);
        if (claim == null || !claim.threatId().equals(threatId)) {
            String message = "must be a claim in this case's ledger: " + claimId
                    + (claim == null ? " is no claim" : " is a claim of another case")
                    + ". List them with GET /api/v1/threats/" + threatId + "/claims.";
            throw new DomainException(DomainException.Kind.RULE_VIOLATION, "unknown-claim", "claimId " + message,
                    Map.of("errors", List.of(Map.of("field", "claimId", "message", message))));
        }
        return claim;
    }

    /** A claim as an evidence row reads: who, what kind, when, and what they said. */
    private static String quoting(ClaimView claim) {
        String said = claim.quoted() ? "\u201c" + claim.statement() + "\u201d" : claim.statement();
        String text = claim.party() + ", " + claim.kindInWords().toLowerCase(java.util.Locale.ROOT) + " ("
                + claim.madeAt().toString().substring(0, 10) + "): " + said;
        if (text.length() > AddEvidence.MAX_LENGTH) {
            throw new InvalidInput(List.of(new InvalidInput.FieldProblem("text", "is required here: the claim's "
                    + "statement is too long to quote as evidence (over " + AddEvidence.MAX_LENGTH
                    + " characters); sum it up")));
        }
        return text;
    }

    private static Weighed credibility(AddEvidence command, ClaimView claim) {
        if (command.credibility() != null) {
            return new Weighed(command.credibility(), command.grading(), CredibilityFrom.STATED);
        }
        if (command.grading() != null) {
            return new Weighed(GradedCredibility.of(command.grading()), command.grading(), CredibilityFrom.GRADING);
        }
        String grade = claim.grading().code();
        return new Weighed(GradedCredibility.of(grade), grade, CredibilityFrom.CLAIM);
    }

    private record Weighed(Weight weight, String grading, CredibilityFrom from) {
    }

    /** The case's evidence as the current reader may see it. */
    public BoundedList<EvidenceView> evidence(UUID threatId) {
        ThreatSummary threat = threats.summary(threatId);
        return new BoundedList<>(redacted(evidenceAsOf(threatId, null), threat, currentUser.actor()));
    }

    /** Rates one cell. Ratings are appended, never changed: rating a cell again supersedes the last. */
    @Transactional
    public MatrixView.Cell rate(UUID threatId, RateConsistency command) {
        Actor actor = requireWriter(threatId, "rate evidence on this case");
        HypothesisView h = hypothesesAsOf(threatId, null).stream().filter(x -> x.id().equals(command.hypothesisId()))
                .findFirst().orElseThrow(() -> unknown("hypothesisId", command.hypothesisId(), "hypotheses"));
        Evidence e = evidenceAsOf(threatId, null).stream().filter(x -> x.id().equals(command.evidenceId()))
                .findFirst().orElseThrow(() -> unknown("evidenceId", command.evidenceId(), "evidence"));
        if (!actor.clearance().reaches(e.classification())) {
            throw DomainException.forbidden("not-cleared", "Evidence " + e.label() + " is classified "
                    + e.classification() + "; only someone cleared to read it can rate it.");
        }
        MatrixView.Cell cell = new MatrixView.Cell(h.id(), e.id(), command.rating(), actor.username(), clock.instant());
        jdbc.sql("insert into consistency_ratings (threat_id, hypothesis_id, evidence_id, rating, rated_by, rated_at) "
                        + "values (:threatId, :h, :e, :rating, :by, :at)")
                .param("threatId", threatId).param("h", h.id()).param("e", e.id())
                .param("rating", command.rating().name()).param("by", cell.ratedBy())
                .param("at", Timestamp.from(cell.ratedAt())).update();
        events.publishEvent(new ConsistencyRated(h.id(), e.id(), threatId, h.label(), e.label(), command.rating(),
                cell.ratedBy()));
        return cell;
    }

    /**
     * The matrix as it stood at {@code asOf} (now when absent): the hypotheses stated, the evidence
     * added and the latest rating of each cell by then, scored by {@link InconsistencyScore} with the
     * rows named in {@code excluded} (labels or ids) switched off.
     */
    public MatrixView matrix(UUID threatId, Instant asOf, Set<String> excluded) {
        ThreatSummary threat = threats.summary(threatId);
        Instant at = asOf != null ? asOf : clock.instant();
        List<HypothesisView> hypotheses = hypothesesAsOf(threatId, at);
        List<Evidence> evidence = evidenceAsOf(threatId, at);
        Set<String> unknown = excluded.stream().filter(x -> evidence.stream()
                .noneMatch(e -> e.label().equals(x) || e.id().toString().equals(x))).collect(Collectors.toSet());
        if (!unknown.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT, "unknown-evidence", "exclude names "
                    + unknown.stream().sorted().toList() + ", which the matrix as of " + at
                    + " does not hold. Name rows by their label (E1, E2, …) or id.");
        }
        List<MatrixView.Cell> cells = cellsAsOf(threatId, at);
        Map<UUID, String> hLabels = hypotheses.stream().collect(Collectors.toMap(HypothesisView::id, HypothesisView::label));
        Map<UUID, Evidence> byId = evidence.stream().collect(Collectors.toMap(Evidence::id, e -> e));
        List<InconsistencyScore.Row> rows = evidence.stream().map(e -> new InconsistencyScore.Row(e.label(),
                e.credibility(), e.relevance(), !excluded.contains(e.label()) && !excluded.contains(e.id().toString())))
                .toList();
        InconsistencyScore.Result result = InconsistencyScore.score(hypotheses.stream().map(HypothesisView::label)
                .toList(), rows, cells.stream().map(c -> new InconsistencyScore.Rating(hLabels.get(c.hypothesisId()),
                byId.get(c.evidenceId()).label(), c.rating())).toList());

        List<EvidenceView> shown = redacted(evidence, threat, currentUser.actor());
        List<MatrixView.Row> shownRows = new ArrayList<>();
        for (int i = 0; i < evidence.size(); i++) {
            InconsistencyScore.RowResult row = result.row(evidence.get(i).label());
            shownRows.add(new MatrixView.Row(shown.get(i), row.included(), row.diagnosticity(), row.spread()));
        }
        Map<String, UUID> hIds = hypotheses.stream().collect(Collectors.toMap(HypothesisView::label, HypothesisView::id));
        List<MatrixView.Ranked> ranking = result.ranking().stream().map(s -> new MatrixView.Ranked(
                hIds.get(s.hypothesis()), s.hypothesis(), s.score(), s.rank(), s.tied())).toList();
        List<String> excludedLabels = evidence.stream().filter(e -> excluded.contains(e.label())
                || excluded.contains(e.id().toString())).map(e -> shown.get(evidence.indexOf(e)).label()).toList();
        return new MatrixView(threatId, at, excludedLabels, hypotheses, shownRows, cells, ranking,
                hypotheses.isEmpty() ? List.of() : result.leading());
    }

    /**
     * Records a judgement resting on the matrix as it stood at {@code basedOnMatrixAt} (now when
     * absent), with that matrix's scores. Each judgement is its own row: a disputed attribution is
     * another judgement, never an edit of this one.
     */
    @Transactional
    public JudgementView judge(UUID threatId, RecordJudgement command) {
        requireWriter(threatId, "record an attribution judgement on this case");
        requireReleasable(threatId, command.statement(), "judgement");
        Instant now = clock.instant();
        Instant basedOn = command.basedOnMatrixAt() != null ? command.basedOnMatrixAt() : now;
        if (basedOn.isAfter(now)) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT, "matrix-in-the-future",
                    "basedOnMatrixAt " + basedOn + " is in the future; a judgement rests on the matrix as it stood "
                            + "at or before now (" + now + ").");
        }
        MatrixView matrix = matrix(threatId, basedOn, Set.of());
        if (matrix.hypotheses().size() < 2) {
            throw DomainException.ruleViolation("too-few-hypotheses", "The matrix as of " + basedOn + " holds "
                    + matrix.hypotheses().size() + " hypotheses; a judgement weighs at least two competing ones. "
                    + "State another (POST /api/v1/threats/" + threatId + "/hypotheses).");
        }
        JudgementView.Judged judged = judged(matrix, command.hypothesisId());
        JudgementView j = new JudgementView(UUID.randomUUID(), threatId, command.statement(), command.likelihood(),
                command.likelihood().words(), command.likelihood().percentRange(), judged, basedOn, matrix.ranking(),
                currentUser.name(), now);
        jdbc.sql("insert into attribution_judgements (id, threat_id, statement, likelihood, hypothesis_id, "
                        + "based_on_matrix_at, scores, recorded_by, recorded_at) values (:id, :threatId, :statement, "
                        + ":likelihood, :hypothesisId, :basedOn, cast(:scores as jsonb), :by, :at)")
                .param("id", j.id()).param("threatId", threatId).param("statement", j.statement())
                .param("hypothesisId", judged == null ? null : judged.id())
                .param("likelihood", j.likelihood().name()).param("basedOn", Timestamp.from(basedOn))
                .param("scores", JSON.writeValueAsString(j.scores())).param("by", j.recordedBy())
                .param("at", Timestamp.from(now)).update();
        events.publishEvent(new JudgementRecorded(j.id(), threatId, j.statement(), j.likelihood(),
                judged == null ? null : judged.label(), basedOn, matrix.leading(), j.recordedBy()));
        return j;
    }

    /**
     * The hypothesis named, which must be in the matrix the judgement rests on; else the one leading
     * it, or none when several tie.
     */
    private static JudgementView.Judged judged(MatrixView matrix, UUID hypothesisId) {
        java.util.Optional<HypothesisView> h = hypothesisId != null
                ? matrix.hypotheses().stream().filter(x -> x.id().equals(hypothesisId)).findFirst()
                : matrix.leading().size() == 1
                ? matrix.hypotheses().stream().filter(x -> x.label().equals(matrix.leading().get(0))).findFirst()
                : java.util.Optional.empty();
        if (hypothesisId != null && h.isEmpty()) {
            String message = "must be a hypothesis of the matrix the judgement rests on (as of " + matrix.asOf()
                    + "); " + hypothesisId + " is not";
            throw new DomainException(DomainException.Kind.RULE_VIOLATION, "unknown-hypothesis",
                    "hypothesisId " + message, Map.of("errors", List.of(Map.of("field", "hypothesisId",
                    "message", message))));
        }
        return h.map(x -> new JudgementView.Judged(x.id(), x.label(), x.subject())).orElse(null);
    }

    /** One page of the case's judgements, most recent first. */
    public Page<JudgementView> judgements(UUID threatId, PageRequest request) {
        threats.summary(threatId);
        KeysetSql keyset = KeysetSql.over("recorded_at", "id", request);
        List<UUID> ids = keyset.ids(jdbc, "attribution_judgements",
                SqlCondition.of("threat_id = :threatId", "threatId", threatId));
        List<JudgementView> found = ids.isEmpty() ? List.of()
                : jdbc.sql("select j.*, h.label as hypothesis_label, h.subject as hypothesis_subject "
                        + "from attribution_judgements j left join hypotheses h on h.id = j.hypothesis_id "
                        + "where j.id in (:ids)").param("ids", ids)
                .query(Hypotheses::judgement).list();
        return Page.of(KeysetSql.inOrder(ids, found, JudgementView::id), request,
                j -> new Keyset(j.recordedAt(), j.id()));
    }

    private Actor requireWriter(UUID threatId, String toDo) {
        threats.requireCurrentUserCleared(threatId, toDo);
        return currentUser.actor();
    }

    /** Hypotheses and judgements are analysis meant to be shared: they must reveal nothing protected. */
    private void requireReleasable(UUID threatId, String text, String what) {
        List<Leak> leaks = warnings.protectedContentIn(threatId, text);
        if (!leaks.isEmpty()) {
            throw new DomainException(DomainException.Kind.RULE_VIOLATION, "tearline-leak", "The " + what
                    + " reveals protected content of the case (" + leaks.size() + " finding"
                    + (leaks.size() == 1 ? "" : "s") + "). A " + what + " is analysis shared with every case reader: "
                    + "reword it so that it reveals no sources or methods; put protected facts in classified evidence.",
                    Map.of("leaks", leaks));
        }
    }

    /** Labels are numbered in order: one writer per case at a time. */
    private void lockCase(UUID threatId) {
        jdbc.sql("select id from threats where id = :id for update").param("id", threatId).query(UUID.class).single();
    }

    private int count(String table, UUID threatId) {
        return jdbc.sql("select count(*) from " + table + " where threat_id = :threatId").param("threatId", threatId)
                .query(Integer.class).single();
    }

    private static DomainException unknown(String field, UUID id, String what) {
        return new DomainException(DomainException.Kind.RULE_VIOLATION, "unknown-cell", field + " " + id
                + " is not among this case's " + what + ". List them with GET on the case's " + what + ".");
    }

    private List<HypothesisView> hypothesesAsOf(UUID threatId, Instant asOf) {
        return jdbc.sql("select * from hypotheses where threat_id = :threatId"
                        + (asOf == null ? "" : " and stated_at <= :asOf") + " order by stated_at, label")
                .param("threatId", threatId).params(asOf == null ? Map.of() : Map.of("asOf", Timestamp.from(asOf)))
                .query((rs, n) -> new HypothesisView(rs.getObject("id", UUID.class), threatId, rs.getString("label"),
                        rs.getString("text"), rs.getString("subject"), rs.getString("stated_by"), rs.getTimestamp("stated_at").toInstant()))
                .list();
    }

    private List<Evidence> evidenceAsOf(UUID threatId, Instant asOf) {
        return jdbc.sql("select * from evidence where threat_id = :threatId"
                        + (asOf == null ? "" : " and added_at <= :asOf") + " order by added_at, label")
                .param("threatId", threatId).params(asOf == null ? Map.of() : Map.of("asOf", Timestamp.from(asOf)))
                .query((rs, n) -> new Evidence(rs.getObject("id", UUID.class), threatId, rs.getString("label"),
                        rs.getString("text"), rs.getObject("claim_id", UUID.class),
                        Weight.valueOf(rs.getString("credibility")), rs.getString("grading"),
                        CredibilityFrom.valueOf(rs.getString("credibility_from")),
                        Weight.valueOf(rs.getString("relevance")),
                        Clearance.valueOf(rs.getString("classification")), rs.getString("added_by"),
                        rs.getTimestamp("added_at").toInstant()))
                .list();
    }

    /** The latest rating of each cell at {@code asOf}: later rated_at wins, then the later entry. */
    private List<MatrixView.Cell> cellsAsOf(UUID threatId, Instant asOf) {
        return jdbc.sql("select distinct on (hypothesis_id, evidence_id) hypothesis_id, evidence_id, rating, rated_by, "
                        + "rated_at from consistency_ratings where threat_id = :threatId and rated_at <= :asOf "
                        + "order by hypothesis_id, evidence_id, rated_at desc, seq desc")
                .param("threatId", threatId).param("asOf", Timestamp.from(asOf))
                .query((rs, n) -> new MatrixView.Cell(rs.getObject("hypothesis_id", UUID.class),
                        rs.getObject("evidence_id", UUID.class), Consistency.valueOf(rs.getString("rating")),
                        rs.getString("rated_by"), rs.getTimestamp("rated_at").toInstant()))
                .list();
    }

    /** In the rows' order; protected ones numbered "protected evidence (1)", "(2)", … */
    private static List<EvidenceView> redacted(List<Evidence> evidence, ThreatSummary threat, Actor reader) {
        List<EvidenceView> views = new ArrayList<>();
        int hidden = 0;
        for (Evidence e : evidence) {
            boolean shown = e.readableBy(reader, threat);
            views.add(e.viewFor(reader, threat, shown ? 0 : ++hidden));
        }
        return views;
    }

    private static JudgementView judgement(ResultSet rs, int n) throws SQLException {
        Likelihood likelihood = Likelihood.valueOf(rs.getString("likelihood"));
        return new JudgementView(rs.getObject("id", UUID.class), rs.getObject("threat_id", UUID.class),
                rs.getString("statement"), likelihood, likelihood.words(), likelihood.percentRange(),
                rs.getObject("hypothesis_id") == null ? null : new JudgementView.Judged(
                        rs.getObject("hypothesis_id", UUID.class), rs.getString("hypothesis_label"),
                        rs.getString("hypothesis_subject")),
                rs.getTimestamp("based_on_matrix_at").toInstant(),
                JSON.readValue(rs.getString("scores"), new TypeReference<List<MatrixView.Ranked>>() {
                }), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }

    /** An evidence row as stored. */
    record Evidence(UUID id, UUID threatId, String label, String text, UUID claimId, Weight credibility,
                    String grading, CredibilityFrom credibilityFrom, Weight relevance, Clearance classification,
                    String addedBy, Instant addedAt) {

        /**
         * Like the case's protected details: the reader's clearance must reach the classification and,
         * for anything classified, their compartments hold the case's.
         */
        boolean readableBy(Actor reader, ThreatSummary threat) {
            return reader.isClearedFor(classification,
                    classification == Clearance.UNCLASSIFIED ? Set.of() : threat.compartments());
        }

        /** @param hiddenNumber 0 when the reader may read it; else its number among the rows hidden from them */
        EvidenceView viewFor(Actor reader, ThreatSummary threat, int hiddenNumber) {
            if (hiddenNumber == 0 && readableBy(reader, threat)) {
                return new EvidenceView(id, threatId, label, false, text, claimId, credibility, grading,
                        credibilityFrom, relevance, classification, addedBy, addedAt);
            }
            // The weights still count in the scores; the grade and the claim would say where it came from.
            return new EvidenceView(id, threatId, "protected evidence (" + Math.max(1, hiddenNumber) + ")", true,
                    null, null, credibility, null, null, relevance, classification, addedBy, addedAt);
        }
    }
}
