package org.forewarn.identity;

import java.util.List;
import java.util.UUID;

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

    /** @param status e.g. PENDING for what waits for a second ADMIN (oldest first); all grants, newest first, if absent */
    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    List<AccessGrantView> grants(@RequestParam(required = false) GrantStatus status) {
        return users.grants(status);
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
