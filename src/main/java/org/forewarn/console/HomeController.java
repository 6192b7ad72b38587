package org.forewarn.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.forewarn.due.DueQueue;
import org.forewarn.identity.SignInMethods;
import org.forewarn.shared.ListCount;
import org.forewarn.shared.PageRequest;
import org.forewarn.shared.DemoMode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@Controller
class HomeController {

    private final DueQueue due;
    private final Links links;
    private final boolean demo;

    private final SignInMethods signIn;

    HomeController(DueQueue due, Links links, DemoMode demo, SignInMethods signIn) {
        this.due = due;
        this.links = links;
        this.demo = demo.on();
        this.signIn = signIn;
    }

    /** A due entry with where to act on it in the console and what to call it. */
    record Row(DueQueue.DueEntry item, String link, String label) {
    }

    private static final int PAGE = 50;

    /** One page of the queue as the console lists it. */
    private ListView<Row> rows(boolean mine, String cursor, Integer from) {
        DueQueue.CountedPage counted = due.counted(mine, PageRequest.of(PAGE, cursor));
        return ListView.of(counted.page().map(i -> new Row(i, links.forDue(i), i.kind().label())),
                new ListCount(counted.total(), false), from, PAGE);
    }

    /** A demo instance says who to sign in as; a real one says nothing about its users. */
    @GetMapping("/login")
    String login(Model model, HttpServletRequest request) {
        model.addAttribute("demo", demo);
        model.addAttribute("passwords", signIn.passwords());
        model.addAttribute("singleSignOn", signIn.singleSignOn().orElse(null));
        model.addAttribute("singleSignOnPath", SignInMethods.SINGLE_SIGN_ON_PATH);
        // Why the identity provider's sign-in was refused (no Forewarn role, account disabled): the person may know.
        HttpSession session = request.getSession(false);
        if (request.getParameter("sso-error") != null && session != null
                && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof Exception refused) {
            model.addAttribute("singleSignOnError", refused.getMessage());
            session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        }
        return "console/login";
    }

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String root() {
        return "redirect:/console";
    }

    /** Due now: what needs a person's action, oldest first. */
    @GetMapping("/console")
    @PreAuthorize("isAuthenticated()")
    String due(@RequestParam(defaultValue = "false") boolean mine, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer from, HttpServletRequest request, Model model) {
        // The queue itself keeps case items from administrators and admin items from everyone else.
        model.addAttribute("list", rows(mine, cursor, from));
        model.addAttribute("mine", mine);
        // The list refreshes itself where it stands: this very page, not the first.
        model.addAttribute("self", ServletUriComponentsBuilder.fromCurrentRequest().build().toUriString()
                .replaceFirst("^[a-z]+://[^/]+", ""));
        return ListView.listOnly(request) ? "console/due :: list" : "console/due";
    }
}
