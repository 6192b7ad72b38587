package org.forewarn.attribution;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.forewarn.shared.Page;
import org.forewarn.shared.PageRequest;
import org.forewarn.shared.web.PageResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

@RestController
@RequestMapping("/api/v1/threats/{id}")
class HypothesisController {

    private static final String READERS = "hasAnyRole('ANALYST','APPROVER','LIAISON','CONSULAR','AUDITOR')";
    private static final String CLEARED_ANALYST = " By an analyst cleared for the case (403 `not-cleared`).";

    private final Hypotheses hypotheses;

    HypothesisController(Hypotheses hypotheses) {
        this.hypotheses = hypotheses;
    }

    @PostMapping("/hypotheses")
    @PreAuthorize("hasRole('ANALYST')")
    @Operation(summary = "State a competing hypothesis: who did it, or what is going on",
            description = "`{\"text\": ...}`; labelled H1, H2, … in order. The text is shared with every case reader, "
                    + "so it must reveal nothing protected (422 `tearline-leak`)." + CLEARED_ANALYST)
    ResponseEntity<HypothesisView> state(@PathVariable UUID id, @RequestBody StateHypothesis command) {
        HypothesisView created = hypotheses.state(id, command);
        return ResponseEntity.created(URI.create("/api/v1/threats/" + id + "/hypotheses")).body(created);
    }

    @GetMapping("/hypotheses")
    @PreAuthorize(READERS)
    @Operation(summary = "The case's hypotheses, in the order stated",
            description = "Read whole: a case holds at most " + Hypotheses.MAX_HYPOTHESES + ".")
    BoundedList<HypothesisView> hypotheses(@PathVariable UUID id) {
        return hypotheses.hypotheses(id);
    }

    @PostMapping("/evidence")
    @PreAuthorize("hasRole('ANALYST')")
    @Operation(summary = "Add evidence to weigh against the hypotheses",
            description = "`{\"text\", \"claimId\"?, \"credibility\", \"relevance\": LOW|MEDIUM|HIGH, "
                    + "\"classification\"?}`; labelled E1, E2, … Readers not cleared for its classification see "
                    + "it as \"protected evidence (n)\" without text." + CLEARED_ANALYST)
    ResponseEntity<EvidenceView> addEvidence(@PathVariable UUID id, @RequestBody AddEvidence command) {
        EvidenceView created = hypotheses.addEvidence(id, command);
        return ResponseEntity.created(URI.create("/api/v1/threats/" + id + "/evidence")).body(created);
    }

    @GetMapping("/evidence")
    @PreAuthorize(READERS)
    @Operation(summary = "The case's evidence, protected rows redacted for readers not cleared for them",
            description = "Read whole: a case holds at most " + Hypotheses.MAX_EVIDENCE + " rows.")
    BoundedList<EvidenceView> evidence(@PathVariable UUID id) {
        return hypotheses.evidence(id);
    }

    @PostMapping("/ratings")
    @PreAuthorize("hasRole('ANALYST')")
    @Operation(summary = "Rate how consistent one piece of evidence is with one hypothesis",
            description = "`{\"hypothesisId\", \"evidenceId\", \"rating\": CC|C|N|I|II|NA}`. Ratings are kept, "
                    + "never changed: rating a cell again supersedes the last, and the matrix as it stood on any "
                    + "date stays visible (GET matrix?asOf=)." + CLEARED_ANALYST)
    ResponseEntity<MatrixView.Cell> rate(@PathVariable UUID id, @RequestBody RateConsistency command) {
        MatrixView.Cell cell = hypotheses.rate(id, command);
        return ResponseEntity.created(URI.create("/api/v1/threats/" + id + "/matrix")).body(cell);
    }

    @GetMapping("/matrix")
    @PreAuthorize(READERS)
    @Operation(summary = "The competing-hypotheses matrix with its scores, now or as it stood",
            description = "Each hypothesis's inconsistency score (only I = 1 and II = 2 count, weighted by "
                    + "credibility and relevance: LOW 0.707, MEDIUM 1, HIGH 1.414), the ranking (least "
                    + "inconsistent first, ties share a rank), `leading`, and each row's diagnosticity. "
                    + "Protected rows come without text; their ratings still count.")
    MatrixView matrix(@PathVariable UUID id,
            @Parameter(description = "the matrix as it stood at this instant (ISO-8601); default now")
            @RequestParam(required = false) Instant asOf,
            @Parameter(description = "evidence rows to switch off, by label or id, comma-separated (sensitivity)")
            @RequestParam(required = false) String exclude) {
        Set<String> excluded = exclude == null ? Set.of() : Arrays.stream(exclude.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        return hypotheses.matrix(id, asOf, excluded);
    }

    @PostMapping("/judgements")
    @PreAuthorize("hasRole('ANALYST')")
    @Operation(summary = "Record the case's attribution judgement",
            description = "`{\"statement\", \"likelihood\": ALMOST_NO_CHANCE|VERY_UNLIKELY|UNLIKELY|"
                    + "ROUGHLY_EVEN_CHANCE|LIKELY|VERY_LIKELY|ALMOST_CERTAIN, \"basedOnMatrixAt\"?}` (ICD 203's "
                    + "scale). It rests on the matrix as it stood at `basedOnMatrixAt` (default now) and keeps its "
                    + "scores. A disputed attribution is another judgement; none is merged or edited. The "
                    + "statement must reveal nothing protected (422 `tearline-leak`)." + CLEARED_ANALYST)
    ResponseEntity<JudgementView> judge(@PathVariable UUID id, @RequestBody RecordJudgement command) {
        JudgementView created = hypotheses.judge(id, command);
        return ResponseEntity.created(URI.create("/api/v1/threats/" + id + "/judgements")).body(created);
    }

    @GetMapping("/judgements")
    @PreAuthorize(READERS)
    @Operation(summary = "The case's attribution judgements, most recent first",
            description = "Each with the matrix version it rests on and the scores then." + PageResponses.PAGED)
    ResponseEntity<Page<JudgementView>> judgements(@PathVariable UUID id,
            @Parameter(description = PageResponses.LIMIT) @RequestParam(required = false) Integer limit,
            @Parameter(description = PageResponses.CURSOR) @RequestParam(required = false) String cursor) {
        return PageResponses.of(hypotheses.judgements(id, PageRequest.of(limit, cursor)));
    }
}
