package org.forewarn.recipient;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.forewarn.shared.Page;
import org.forewarn.shared.PageRequest;
import org.forewarn.shared.web.PageResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/recipients")
class RecipientController {

    private static final String READERS = "hasAnyRole('ANALYST','APPROVER','LIAISON','CONSULAR','AUDITOR','ADMIN')";

    private final Recipients recipients;

    RecipientController(Recipients recipients) {
        this.recipients = recipients;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
    ResponseEntity<RecipientView> add(@RequestBody AddRecipient command) {
        RecipientView created = recipients.add(command);
        return ResponseEntity.created(URI.create("/api/v1/recipients/" + created.id())).body(created);
    }

    /** The relationship counts once an approver other than whoever set it confirms it. */
    @PostMapping("/{id}/relationship-confirmation")
    @PreAuthorize("hasRole('APPROVER')")
    RecipientView confirmRelationship(@PathVariable UUID id, @RequestBody ConfirmRelationship confirmation) {
        return recipients.confirmRelationship(id, confirmation);
    }

    /** Sets a new relationship, unconfirmed until an approver confirms it again. */
    @PutMapping("/{id}/relationship")
    @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
    RecipientView changeRelationship(@PathVariable UUID id, @RequestBody ChangeRelationship change) {
        return recipients.changeRelationship(id, change);
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "Recipients, most recently added first, one page at a time",
            description = "Ties in the time added are broken by id, so every recipient appears exactly once however "
                    + "the list is paged. Filters: `q` (any part of the name, case-insensitive), `relationship`, "
                    + "`kind`, `country` (ISO 3166-1 alpha-2)." + PageResponses.PAGED)
    ResponseEntity<Page<RecipientView>> page(
            @Parameter(description = "any part of the name, case-insensitive") @RequestParam(required = false) String q,
            @RequestParam(required = false) Relationship relationship, @RequestParam(required = false) RecipientKind kind,
            @Parameter(description = "ISO 3166-1 alpha-2 code, e.g. RU") @RequestParam(required = false) String country,
            @Parameter(description = PageResponses.LIMIT) @RequestParam(required = false) Integer limit,
            @Parameter(description = PageResponses.CURSOR) @RequestParam(required = false) String cursor) {
        return PageResponses.of(recipients.page(new RecipientFilter(q, relationship, kind, country),
                PageRequest.of(limit, cursor)));
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    RecipientView one(@PathVariable UUID id) {
        return recipients.view(id);
    }
}
