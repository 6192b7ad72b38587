package org.forewarn.identity;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Failed sign-ins being counted, and lifting a lockout early. */
@RestController
@RequestMapping("/api/v1/security/login-throttle")
class LoginThrottleController {

    private final LoginThrottle throttle;

    LoginThrottleController(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    /** Accounts and addresses with failed sign-ins in the current window, most recent first. */
    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    List<LoginThrottleView> current() {
        return throttle.current();
    }

    /** Clears the failures of one account or address (recorded on the audit chain). */
    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    LoginThrottleView lift(@PathVariable UUID id) {
        return throttle.lift(id);
    }
}
