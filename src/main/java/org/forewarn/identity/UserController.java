package org.forewarn.identity;

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
@RequestMapping("/api/v1")
class UserController {

    private final UserAdministration users;

    UserController(UserAdministration users) {
        this.users = users;
    }

    record PasswordChange(String currentPassword, String newPassword) {
        @Override
        public String toString() {
            return "PasswordChange[***]";
        }
    }

    @GetMapping("/me")
    @PreAuthorize("isAuthenticated()")
    UserView me() {
        return users.me();
    }

    @PostMapping("/me/password")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<Void> changePassword(@RequestBody PasswordChange change) {
        users.changeOwnPassword(change.currentPassword(), change.newPassword());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/users")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Accounts, most recently created first, one page at a time",
            description = "Ties in the time created are broken by id, so every account appears exactly once however "
                    + "the list is paged. Each carries its `pendingGrant`, if any. Filters: `q` (any part of the "
                    + "username or display name, case-insensitive), `role` (a confirmed role), `enabled`."
                    + PageResponses.PAGED)
    ResponseEntity<Page<UserView>> users(
            @Parameter(description = "any part of the username or display name") @RequestParam(required = false) String q,
            @RequestParam(required = false) Role role, @RequestParam(required = false) Boolean enabled,
            @Parameter(description = PageResponses.LIMIT) @RequestParam(required = false) Integer limit,
            @Parameter(description = PageResponses.CURSOR) @RequestParam(required = false) String cursor) {
        return PageResponses.of(users.users(new UserFilter(q, role, enabled), PageRequest.of(limit, cursor)));
    }

    /**
     * Creates an account that must change its password at first sign-in. Anything elevated (APPROVER,
     * clearance above CONFIDENTIAL, compartments, ADMIN beyond the second admin) is not granted yet: it
     * shows as {@code pendingGrant} until a second ADMIN confirms it.
     */
    @PostMapping("/users")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<UserView> create(@RequestBody NewUser command) {
        UserView created = users.create(command);
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
    }

    @GetMapping("/users/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    UserView user(@PathVariable UUID id) {
        return users.user(id);
    }

    /**
     * Sets the account's roles, clearance and compartments (all of them). Reductions apply at once; the
     * elevated part becomes {@code pendingGrant} until a second ADMIN confirms it. Not for one's own account.
     */
    @PutMapping("/users/{id}/access")
    @PreAuthorize("hasRole('ADMIN')")
    UserView changeAccess(@PathVariable UUID id, @RequestBody AccessChange change) {
        return users.changeAccess(id, change);
    }

    /** The account can no longer sign in; its console sessions end with their next request. */
    @PostMapping("/users/{id}/disable")
    @PreAuthorize("hasRole('ADMIN')")
    UserView disable(@PathVariable UUID id) {
        return users.disable(id);
    }

    @PostMapping("/users/{id}/enable")
    @PreAuthorize("hasRole('ADMIN')")
    UserView enable(@PathVariable UUID id) {
        return users.enable(id);
    }
}
