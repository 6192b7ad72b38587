package org.forewarn.console;

import java.util.function.Supplier;

import org.forewarn.shared.DomainException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Runs an action from a form and puts its outcome on the next page (post, redirect, get). */
final class Flash {

    private Flash() {
    }

    static String run(RedirectAttributes flash, String success, String redirect, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("ok", success);
        } catch (DomainException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + redirect;
    }

    static <T> T orNull(Supplier<T> action) {
        try {
            return action.get();
        } catch (DomainException e) {
            return null;
        }
    }
}
