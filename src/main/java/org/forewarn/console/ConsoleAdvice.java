package org.forewarn.console;

import java.util.List;

import org.forewarn.identity.Actor;
import org.forewarn.identity.CurrentUser;
import org.forewarn.identity.Role;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every console page knows about the signed-in person. How failures look in the console is
 * {@link ConsoleErrorPages}' business.
 */
@ControllerAdvice(basePackageClasses = ConsoleAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleAdvice {

    private final CurrentUser currentUser;

    ConsoleAdvice(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @ModelAttribute("currentRoles")
    List<String> currentRoles() {
        return currentUser.signedIn().map(a -> a.roles().stream().map(Role::name).sorted().toList()).orElse(List.of());
    }

    @ModelAttribute("me")
    Actor me() {
        return currentUser.actor();
    }
}
