package org.forewarn.console;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.forewarn.identity.Actor;
import org.forewarn.identity.CurrentUser;
import org.forewarn.identity.Role;
import org.forewarn.shared.DomainException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every console page knows about the signed-in person, and how refusals look in the console. */
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

    /** Exception handlers get a fresh model, without the attributes above; the page header needs them. */
    private void whoIsSignedIn(Model model) {
        model.addAttribute("currentRoles", currentRoles());
        model.addAttribute("me", me());
    }

    @ExceptionHandler(AccessDeniedException.class)
    String denied(Model model, HttpServletResponse response) {
        response.setStatus(403);
        whoIsSignedIn(model);
        model.addAttribute("status", 403);
        model.addAttribute("message", "Your role does not allow this. Sign in as someone who holds the right role.");
        return "console/error";
    }

    @ExceptionHandler(DomainException.class)
    String refused(DomainException e, Model model, HttpServletResponse response) {
        int status = switch (e.kind()) {
            case INVALID_INPUT -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case RULE_VIOLATION -> 422;
            case TOO_MANY_REQUESTS -> 429;
        };
        response.setStatus(status);
        whoIsSignedIn(model);
        model.addAttribute("status", status);
        model.addAttribute("message", e.getMessage());
        return "console/error";
    }
}
