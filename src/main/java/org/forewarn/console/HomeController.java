package org.forewarn.console;

import org.forewarn.due.DueQueue;
import org.forewarn.shared.DemoMode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class HomeController {

    private final DueQueue due;
    private final Links links;
    private final boolean demo;

    HomeController(DueQueue due, Links links, DemoMode demo) {
        this.due = due;
        this.links = links;
        this.demo = demo.on();
    }

    /** A due entry with where to act on it in the console and what to call it. */
    record Row(DueQueue.DueEntry item, String link, String label) {
    }

    private java.util.List<Row> rows(boolean mine) {
        return due.now(mine).stream().map(i -> new Row(i, links.forDue(i), i.kind().label())).toList();
    }

    /** A demo instance says who to sign in as; a real one says nothing about its users. */
    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demo", demo);
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
    String due(@RequestParam(defaultValue = "false") boolean mine, Model model) {
        // The queue itself keeps case items from administrators and admin items from everyone else.
        model.addAttribute("items", rows(mine));
        model.addAttribute("mine", mine);
        return "console/due";
    }

    /** The due list alone, for htmx to refresh. */
    @GetMapping("/console/due-list")
    @PreAuthorize("hasAnyRole('ANALYST','APPROVER','LIAISON','CONSULAR','AUDITOR','ADMIN')")
    String dueList(@RequestParam(defaultValue = "false") boolean mine, Model model) {
        model.addAttribute("items", rows(mine));
        return "console/due :: list";
    }
}
