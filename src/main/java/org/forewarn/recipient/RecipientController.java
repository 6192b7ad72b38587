package org.forewarn.recipient;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
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
    List<RecipientView> all() {
        return recipients.all();
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    RecipientView one(@PathVariable UUID id) {
        return recipients.view(id);
    }
}
