package org.forewarn.identity;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
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
    List<UserView> all() {
        return users.all();
    }

    @PostMapping("/users")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<UserView> create(@RequestBody NewUser command) {
        UserView created = users.create(command);
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
    }
}
