package org.forewarn.console;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.forewarn.audit.Receipt;
import org.forewarn.identity.CurrentUser;
import org.forewarn.identity.Role;
import org.forewarn.recipient.Recipients;
import org.forewarn.review.DecideStatement;
import org.forewarn.review.DraftStatement;
import org.forewarn.review.StatementBundle;
import org.forewarn.review.StatementsOfRecord;
import org.forewarn.shared.PageRequest;
import org.forewarn.shared.DomainException;
import org.forewarn.threat.ThreatView;
import org.forewarn.threat.Threats;
import org.forewarn.warning.AcknowledgeWarning;
import org.forewarn.warning.DecideWarning;
import org.forewarn.warning.EscalateWarning;
import org.forewarn.warning.Facet;
import org.forewarn.warning.FacetStatus;
import org.forewarn.warning.Leak;
import org.forewarn.warning.NextAction;
import org.forewarn.warning.RecordResponse;
import org.forewarn.warning.ResponseKind;
import org.forewarn.warning.SendWarning;
import org.forewarn.warning.TearlineResult;
import org.forewarn.warning.WarningView;
import org.forewarn.warning.Warnings;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class WarningPages {

    private final Warnings warnings;
    private final Threats threats;
    private final Recipients recipients;
    private final java.time.Clock clock;
    private final CurrentUser currentUser;
    private final StatementsOfRecord statements;

    private final org.forewarn.attribution.Claims claims;

    WarningPages(Warnings warnings, Threats threats, Recipients recipients, java.time.Clock clock,
            CurrentUser currentUser, StatementsOfRecord statements, org.forewarn.attribution.Claims claims) {
        this.claims = claims;
        this.warnings = warnings;
        this.threats = threats;
        this.recipients = recipients;
        this.clock = clock;
        this.currentUser = currentUser;
        this.statements = statements;
    }

    @GetMapping("/console/threats/{threatId}/warnings/new")
    @PreAuthorize("hasRole('ANALYST')")
    String compose(@PathVariable UUID threatId, Model model) {
        model.addAttribute("form", new WarningForm());
        return composer(threatId, model);
    }

    @PostMapping("/console/threats/{threatId}/warnings")
    @PreAuthorize("hasRole('ANALYST')")
    String draft(@PathVariable UUID threatId, @ModelAttribute("form") WarningForm form, Model model,
            RedirectAttributes flash) {
        try {
            WarningView created = warnings.draft(threatId, form.toCommand());
            flash.addFlashAttribute("ok", created.approvalRequired()
                    ? "Warning drafted. It goes to a " + created.to().recipientRelationship()
                    + " recipient, so an approver must approve it before it is sent."
                    : "Warning drafted.");
            return "redirect:/console/warnings/" + created.id();
        } catch (DomainException e) {
            model.addAttribute("error", e.getMessage());
            if (e.properties().get("leaks") instanceof List<?> leaks) {
                model.addAttribute("segments", segments(form.getReleasableText(), leaks.stream().map(Leak.class::cast)
                        .toList()));
            }
            return composer(threatId, model);
        }
    }

    private String composer(UUID threatId, Model model) {
        ThreatView threat = threats.view(threatId);
        model.addAttribute("threat", threat);
        model.addAttribute("recipients", recipients.choices());
        WarningForm form = (WarningForm) model.getAttribute("form");
        model.addAttribute("facetRows", java.util.Arrays.stream(Facet.values()).map(f -> new FacetRow(f.field(),
                Character.toUpperCase(f.field().charAt(0)) + f.field().substring(1) + " (" + f.meaning() + ")",
                f.weight(), form.status(f), form.reason(f))).toList());
        model.addAttribute("statuses", FacetStatus.values());
        model.addAttribute("channelTypes", org.forewarn.shared.ChannelType.values());
        return "console/warning-new";
    }

    /** The live tearline check: an htmx fragment with the text, leaks highlighted. */
    @PostMapping("/console/threats/{threatId}/tearline")
    @PreAuthorize("hasRole('ANALYST')")
    String tearline(@PathVariable UUID threatId, @RequestParam(name = "releasableText", defaultValue = "") String text,
            Model model) {
        try {
            TearlineResult result = warnings.checkTearline(threatId, text);
            model.addAttribute("result", result);
            model.addAttribute("segments", segments(text, result.leaks()));
        } catch (DomainException e) {
            model.addAttribute("refused", e.getMessage());
        }
        return "console/warning-new :: tearline";
    }

    /** One facet's row in the composer. */
    record FacetRow(String field, String label, int weight, FacetStatus status, String reason) {
    }

    /** The text cut into plain and leaked pieces, so the page can mark the leaks. */
    record Segment(String text, boolean leak, String why) {
    }

    /** Overlapping leaks (a term inside a fragment of the source, say) are marked as one piece naming both. */
    static List<Segment> segments(String text, List<Leak> leaks) {
        List<Segment> segments = new ArrayList<>();
        if (text == null) {
            return segments;
        }
        int at = 0;
        int i = 0;
        while (i < leaks.size()) {
            Leak first = leaks.get(i);
            int start = Math.max(first.start(), at);
            int end = first.end();
            List<String> why = new ArrayList<>();
            while (i < leaks.size() && leaks.get(i).start() < end) {
                end = Math.max(end, leaks.get(i).end());
                String reason = why(leaks.get(i));
                if (!why.contains(reason)) {
                    why.add(reason);
                }
                i++;
            }
            if (end <= start) {
                continue;
            }
            if (start > at) {
                segments.add(new Segment(text.substring(at, start), false, null));
            }
            segments.add(new Segment(text.substring(start, end), true, String.join("; ", why)));
            at = end;
        }
        if (at < text.length()) {
            segments.add(new Segment(text.substring(at), false, null));
        }
        return segments;
    }

    private static String why(Leak leak) {
        return switch (leak.kind()) {
            case PROTECTED_TERM -> "protected term " + leak.term();
            case COLLECTION_METHOD -> "the collection method";
            case SOURCE_DESCRIPTION -> "part of the source description";
        };
    }

    @GetMapping("/console/warnings/{id}")
    @PreAuthorize("hasAnyRole('ANALYST','APPROVER','LIAISON','CONSULAR','AUDITOR')")
    String detail(@PathVariable UUID id, Model model) {
        WarningView warning = warnings.view(id);
        model.addAttribute("warning", warning);
        model.addAttribute("threat", threats.summary(warning.threatId()));
        model.addAttribute("responseKinds", List.of(ResponseKind.ACTION_TAKEN, ResponseKind.DISPUTE,
                ResponseKind.REQUEST_FOR_INFORMATION, ResponseKind.OTHER));
        model.addAttribute("receipt", warning.deliveryRecord().receiptAvailable()
                ? Flash.orNull(() -> warnings.receipt(id)) : null);
        boolean approver = currentUser.actor().has(Role.APPROVER);
        if (approver && warning.offers(NextAction.APPROVE)) {
            boolean cleared = threats.currentUserIsCleared(warning.threatId());
            model.addAttribute("approverCleared", cleared);
            model.addAttribute("review", cleared ? warnings.approvalReview(id) : null);
        }
        statementOfRecord(warning, approver, model);
        // What others said about this warning (attribution), next to the receipt.
        model.addAttribute("claimsAboutWarning", claims.forWarning(id));
        return "console/warning";
    }

    // --- statements of record (issue 11) ---

    /** The warning's statements, and for a cleared approver the draft to start from (unless a refused one comes back). */
    private void statementOfRecord(WarningView warning, boolean approver, Model model) {
        if (!warning.deliveryRecord().receiptAvailable()) {
            return;
        }
        model.addAttribute("statements", statements.page(warning.id(), PageRequest.first(PageRequest.MAX_LIMIT))
                .items());
        if (approver) {
            boolean cleared = threats.currentUserIsCleared(warning.threatId());
            model.addAttribute("statementCleared", cleared);
            if (cleared && !model.containsAttribute("statementText")) {
                model.addAttribute("statementText", Flash.orNull(() -> statements.generatedDraft(warning.id()).text()));
            }
        }
    }

    @PostMapping("/console/warnings/{id}/statements")
    @PreAuthorize("hasRole('APPROVER')")
    String draftStatement(@PathVariable UUID id, @RequestParam(required = false) String text,
            RedirectAttributes flash) {
        try {
            statements.draft(id, new DraftStatement(text));
            flash.addFlashAttribute("ok", "Statement of record drafted. Another approver must approve it before it "
                    + "can be released.");
        } catch (DomainException e) {
            flash.addFlashAttribute("error", e.getMessage());
            flash.addFlashAttribute("statementText", text);
        }
        return "redirect:/console/warnings/" + id + "#statement-of-record";
    }

    @PostMapping("/console/statements/{id}/decision")
    @PreAuthorize("hasRole('APPROVER')")
    String decideStatement(@PathVariable UUID id, @RequestParam DecideWarning.Decision decision,
            @RequestParam(required = false) String note, RedirectAttributes flash) {
        boolean approve = decision == DecideWarning.Decision.APPROVE;
        return Flash.run(flash, approve ? "Statement of record approved: its bundle can now be released."
                        : "Statement of record rejected.",
                "/console/warnings/" + statements.view(id).warningId() + "#statement-of-record",
                () -> statements.decide(id, new DecideStatement(approve, note)));
    }

    /** The approved statement as the self-contained JSON a third party keeps and verifies. */
    @GetMapping("/console/statements/{id}/bundle.json")
    @PreAuthorize("hasAnyRole('ANALYST','APPROVER','LIAISON','CONSULAR','AUDITOR')")
    ResponseEntity<StatementBundle> statementBundle(@PathVariable UUID id) {
        StatementBundle bundle = statements.bundle(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("statement-of-record-" + bundle.warning().reference() + "-" + id + ".json").build()
                        .toString())
                .body(bundle);
    }

    @PostMapping("/console/warnings/{id}/decision")
    @PreAuthorize("hasRole('APPROVER')")
    String decide(@PathVariable UUID id, @RequestParam DecideWarning.Decision decision,
            @RequestParam(required = false) String note, RedirectAttributes flash) {
        return Flash.run(flash, decision == DecideWarning.Decision.APPROVE ? "Warning approved." : "Warning rejected.",
                "/console/warnings/" + id, () -> warnings.decide(id, new DecideWarning(decision, note)));
    }

    @PostMapping("/console/warnings/{id}/send")
    @PreAuthorize("hasRole('LIAISON')")
    String send(@PathVariable UUID id, @RequestParam(required = false) String deliveredBy,
            @RequestParam(required = false) String handoverNote, @RequestParam(required = false) String handedOverAt,
            RedirectAttributes flash) {
        return Flash.run(flash, "Warning sent.", "/console/warnings/" + id, () -> {
            String zone = threats.summary(warnings.view(id).threatId()).timeZone();
            warnings.send(id, new SendWarning(blank(deliveredBy), blank(handoverNote),
                    Times.parse(handedOverAt, zone, "handedOverAt")));
        });
    }

    @PostMapping("/console/warnings/{id}/acknowledgment")
    @PreAuthorize("hasRole('LIAISON')")
    String acknowledge(@PathVariable UUID id, @RequestParam(required = false) String receivedAt,
            @RequestParam(required = false) String response, RedirectAttributes flash) {
        return Flash.run(flash, "Acknowledgment recorded.", "/console/warnings/" + id, () -> {
            String zone = threats.summary(warnings.view(id).threatId()).timeZone();
            warnings.acknowledge(id, new AcknowledgeWarning(receivedAtOrNow(receivedAt, zone), blank(response)));
        });
    }

    @PostMapping("/console/warnings/{id}/responses")
    @PreAuthorize("hasRole('LIAISON')")
    String respond(@PathVariable UUID id, @RequestParam(required = false) ResponseKind kind,
            @RequestParam(required = false) String receivedAt, @RequestParam(required = false) String text,
            @RequestParam(required = false) String source, RedirectAttributes flash) {
        return Flash.run(flash, "Response recorded.", "/console/warnings/" + id, () -> {
            String zone = threats.summary(warnings.view(id).threatId()).timeZone();
            warnings.recordResponse(id, new RecordResponse(kind, receivedAtOrNow(receivedAt, zone), text, blank(source)));
        });
    }

    @PostMapping("/console/warnings/{id}/escalation")
    @PreAuthorize("hasAnyRole('LIAISON','APPROVER')")
    String escalate(@PathVariable UUID id, @RequestParam(required = false) String note, RedirectAttributes flash) {
        return Flash.run(flash, "Escalation recorded.", "/console/warnings/" + id,
                () -> warnings.escalate(id, new EscalateWarning(note)));
    }

    /** The signed receipt as a file, for keeping with the case papers. */
    @GetMapping("/console/warnings/{id}/receipt.json")
    @PreAuthorize("hasAnyRole('ANALYST','APPROVER','LIAISON','AUDITOR')")
    ResponseEntity<byte[]> receipt(@PathVariable UUID id) {
        Receipt receipt = warnings.receipt(id);
        String json = org.forewarn.audit.CanonicalJson.write(Map.of("warningId", receipt.warningId(),
                "canonicalPayload", receipt.canonicalPayload(), "jws", receipt.jws(), "keyId", receipt.keyId(),
                "issuedAt", receipt.issuedAt()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("receipt-" + id + ".json").build().toString())
                .body(json.getBytes(StandardCharsets.UTF_8));
    }

    private Instant receivedAtOrNow(String value, String zone) {
        Instant parsed = Times.parse(value, zone, "receivedAt");
        return parsed != null ? parsed : clock.instant();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
