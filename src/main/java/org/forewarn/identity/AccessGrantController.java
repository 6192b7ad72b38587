package org.forewarn.identity;

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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Elevated grants waiting for, or decided by, a second administrator. */
@RestController
@RequestMapping("/api/v1/users/grants")
class AccessGrantController {

    private final UserAdministration users;

    AccessGrantController(UserAdministration users) {
        this.users = users;
    }

    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Elevated grants, most recently requested first, one page at a time",
            description = "Ties in the time requested are broken by id. `status`: only grants in that state, e.g. "
                    + "PENDING for what waits for a second ADMIN. Every status, PENDING included, lists newest first "
                    + "(it used to list PENDING oldest first): to work through the oldest waiting grant first, follow "
                    + "`next` to the last page, or use the due queue, which keeps them oldest first."
                    + PageResponses.PAGED)
    ResponseEntity<Page<AccessGrantView>> grants(@RequestParam(required = false) GrantStatus status,
            @Parameter(description = PageResponses.LIMIT) @RequestParam(required = false) Integer limit,
            @Parameter(description = PageResponses.CURSOR) @RequestParam(required = false) String cursor) {
        return PageResponses.of(users.grants(status, PageRequest.of(limit, cursor)));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    AccessGrantView grant(@PathVariable UUID id) {
        return users.grantView(id);
    }

    /** By an ADMIN who neither requested the grant nor is the account concerned; the access applies at once. */
    @PostMapping("/{id}/confirmation")
    @PreAuthorize("hasRole('ADMIN')")
    AccessGrantView confirm(@PathVariable UUID id) {
        return users.confirm(id);
    }

    /** By any ADMIN, with a reason; the account keeps what it has. */
    @PostMapping("/{id}/rejection")
    @PreAuthorize("hasRole('ADMIN')")
    AccessGrantView reject(@PathVariable UUID id, @RequestBody GrantRejection rejection) {
        return users.reject(id, rejection);
    }
}
