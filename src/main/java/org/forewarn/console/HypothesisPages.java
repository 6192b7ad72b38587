package org.forewarn.console;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.forewarn.attribution.AddEvidence;
import org.forewarn.attribution.AttributionStix;
import org.forewarn.attribution.Claims;
import org.forewarn.attribution.Consistency;
import org.forewarn.attribution.Hypotheses;
import org.forewarn.attribution.Likelihood;
import org.forewarn.attribution.MatrixView;
import org.forewarn.attribution.RateConsistency;
import org.forewarn.attribution.RecordJudgement;
import org.forewarn.attribution.StateHypothesis;
import org.forewarn.attribution.Weight;
import org.forewarn.identity.Clearance;
import org.forewarn.identity.CurrentUser;
import org.forewarn.identity.Role;
import org.forewarn.shared.DomainException;
import org.forewarn.shared.PageRequest;
import org.forewarn.threat.Threats;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A case's competing hypotheses: the matrix, rated in place (htmx swaps the matrix after each
 * rating, with the scores under each column), rows switched off to see how the ranking changes, and
 * the forms to state a hypothesis, add evidence and record the judgement.
 */
@Controller
class HypothesisPages {

    private static final String READERS = "hasAnyRole('ANALYST','APPROVER','LIAISON','CONSULAR','AUDITOR')";

    private final Hypotheses hypotheses;
    private final Claims claims;
    private final AttributionStix stix;
    private final Threats threats;
    private final CurrentUser currentUser;

    HypothesisPages(Hypotheses hypotheses, Claims claims, AttributionStix stix, Threats threats,
            CurrentUser currentUser) {
        this.hypotheses = hypotheses;
        this.claims = claims;
        this.stix = stix;
        this.threats = threats;
        this.currentUser = currentUser;
    }

    @GetMapping("/console/threats/{id}/hypotheses")
    @PreAuthorize(READERS)
    String matrix(@PathVariable UUID id, @RequestParam(required = false) List<String> exclude, Model model,
            HttpServletRequest request) {
        addMatrix(model, id, exclude);
        if (ListView.listOnly(request)) {
            return "console/hypotheses :: matrix";
        }
        model.addAttribute("threat", threats.summary(id));
        model.addAttribute("judgements", hypotheses.judgements(id, PageRequest.first(20)).items());
        model.addAttribute("likelihoods", Likelihood.values());
        model.addAttribute("weights", Weight.values());
        model.addAttribute("clearances", Clearance.values());
        model.addAttribute("claims", claims.forThreat(id));
        return "console/hypotheses";
    }

    /** Rates one cell and answers the matrix again, its scores recomputed (or the whole page without htmx). */
    @PostMapping("/console/threats/{id}/ratings")
    @PreAuthorize("hasRole('ANALYST')")
    String rate(@PathVariable UUID id, @RequestParam UUID hypothesisId, @RequestParam UUID evidenceId,
            @RequestParam Consistency rating, @RequestParam(required = false) List<String> exclude, Model model,
            HttpServletRequest request, RedirectAttributes flash) {
        String refused = null;
        try {
            hypotheses.rate(id, new RateConsistency(hypothesisId, evidenceId, rating));
        } catch (DomainException e) {
            refused = e.getMessage();
        }
        if (!ListView.listOnly(request)) {
            flash.addFlashAttribute(refused == null ? "ok" : "error", refused == null ? "Rated." : refused);
            return "redirect:/console/threats/" + id + "/hypotheses";
        }
        addMatrix(model, id, exclude);
        model.addAttribute("refused", refused);
        return "console/hypotheses :: matrix";
    }

    @PostMapping("/console/threats/{id}/hypotheses")
    @PreAuthorize("hasRole('ANALYST')")
    String state(@PathVariable UUID id, @RequestParam(required = false) String text,
            @RequestParam(required = false) String subject, RedirectAttributes flash) {
        return Flash.run(flash, "Hypothesis stated.", "/console/threats/" + id + "/hypotheses",
                () -> hypotheses.state(id, new StateHypothesis(text, subject)));
    }

    @PostMapping("/console/threats/{id}/evidence")
    @PreAuthorize("hasRole('ANALYST')")
    String addEvidence(@PathVariable UUID id, @RequestParam(required = false) String text,
            @RequestParam(required = false) UUID claimId, @RequestParam(required = false) Weight credibility,
            @RequestParam(required = false) String grading, @RequestParam(required = false) Weight relevance,
            @RequestParam(required = false) Clearance classification, RedirectAttributes flash) {
        return Flash.run(flash, "Evidence added.", "/console/threats/" + id + "/hypotheses",
                () -> hypotheses.addEvidence(id, new AddEvidence(text, claimId, credibility, grading, relevance,
                        classification)));
    }

    @PostMapping("/console/threats/{id}/judgements")
    @PreAuthorize("hasRole('ANALYST')")
    String judge(@PathVariable UUID id, @RequestParam(required = false) String statement,
            @RequestParam(required = false) Likelihood likelihood, @RequestParam(required = false) UUID hypothesisId,
            RedirectAttributes flash) {
        return Flash.run(flash, "Judgement recorded.", "/console/threats/" + id + "/hypotheses#judgements",
                () -> hypotheses.judge(id, new RecordJudgement(statement, likelihood, null, hypothesisId)));
    }

    /** The same bundle as the API's, as a download from the console. */
    @GetMapping("/console/threats/{id}/stix")
    @PreAuthorize(READERS)
    ResponseEntity<String> stix(@PathVariable UUID id) {
        AttributionStix.Export export = stix.export(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(AttributionStix.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(AttributionStix.fileName(id)).build().toString())
                .body(export.json());
    }

    private void addMatrix(Model model, UUID id, List<String> exclude) {
        Set<String> excluded = exclude == null ? Set.of() : new LinkedHashSet<>(exclude);
        MatrixView matrix = hypotheses.matrix(id, null, excluded);
        Map<String, Consistency> ratings = new HashMap<>();
        matrix.cells().forEach(c -> ratings.put(c.hypothesisId() + "|" + c.evidenceId(), c.rating()));
        Map<UUID, MatrixView.Ranked> scores = new HashMap<>();
        matrix.ranking().forEach(r -> scores.put(r.hypothesisId(), r));
        model.addAttribute("matrix", matrix);
        model.addAttribute("ratings", ratings);
        model.addAttribute("scores", scores);
        model.addAttribute("consistencies", Consistency.values());
        model.addAttribute("threatId", id);
        model.addAttribute("canWrite", currentUser.actor().has(Role.ANALYST) && threats.currentUserIsCleared(id));
    }
}
