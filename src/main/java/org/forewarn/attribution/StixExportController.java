package org.forewarn.attribution;

import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

@RestController
class StixExportController {

    static final String STIX_JSON = AttributionStix.MEDIA_TYPE;
    /** How many claims, hypotheses, evidence rows and judgements the bundle leaves out. */
    static final String WITHHELD = "Forewarn-Withheld";

    private final AttributionStix stix;

    StixExportController(AttributionStix stix) {
        this.stix = stix;
    }

    @GetMapping("/api/v1/threats/{id}/stix")
    @PreAuthorize("hasAnyRole('ANALYST','APPROVER','LIAISON','CONSULAR','AUDITOR')")
    @Operation(summary = "The case's claims and competing-hypotheses analysis as a STIX 2.1 bundle",
            description = "A download (`" + STIX_JSON + "`): the attack as a campaign; each claim of "
                    + "responsibility or attribution its own `attributed-to` relationship, `created_by_ref` the "
                    + "party that made it, `confidence` from the claim's Admiralty credibility; denials and "
                    + "rebuttals as the party's opinions; our judgements as our own attribution (confidence from "
                    + "ICD 203's likelihood on STIX's DNI scale), opinions and notes; the matrix as a note; each "
                    + "claim's source as a report. Object ids are stable across downloads. Only releasable "
                    + "content: never evidence classified above UNCLASSIFIED, and no text that reveals the case's "
                    + "protected content; the `" + WITHHELD + "` header counts what was left out. The same "
                    + "bundle for every reader.")
    ResponseEntity<String> export(@PathVariable UUID id) {
        AttributionStix.Export export = stix.export(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(STIX_JSON))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(AttributionStix.fileName(id)).build().toString())
                .header(WITHHELD, Integer.toString(export.withheld()))
                .body(export.json());
    }
}
