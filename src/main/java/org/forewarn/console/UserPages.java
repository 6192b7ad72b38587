package org.forewarn.console;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.forewarn.shared.ChannelType;
import org.forewarn.recipient.Recipients;
import org.forewarn.identity.AccessChange;
import org.forewarn.identity.AccessGrantView;
import org.forewarn.identity.Clearance;
import org.forewarn.identity.GrantRejection;
import org.forewarn.identity.GrantStatus;
import org.forewarn.identity.NewUser;
import org.forewarn.identity.Role;
import org.forewarn.identity.UserAdministration;
import org.forewarn.identity.UserFilter;
import org.forewarn.shared.Page;
import org.forewarn.shared.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Accounts and their access, for administrators: elevated grants wait here for a second ADMIN. */
@Controller
class UserPages {

    private static final String PAGE = "/console/users";
    private static final int LIST_PAGE = PageRequest.DEFAULT_LIMIT;

    private final UserAdministration users;

    private final Recipients recipients;

    UserPages(UserAdministration users, Recipients recipients) {
        this.users = users;
        this.recipients = recipients;
    }

    @GetMapping(PAGE)
    @PreAuthorize("hasRole('ADMIN')")
    String users(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
            @RequestParam(required = false) Boolean enabled, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer from, HttpServletRequest request, Model model) {
        UserFilter filter = new UserFilter(q, role, enabled);
        model.addAttribute("list", ListView.of(users.users(filter, PageRequest.of(LIST_PAGE, cursor)),
                users.countUsers(filter), from, LIST_PAGE));
        model.addAttribute("filter", filter);
        model.addAttribute("roles", Role.values());
        model.addAttribute("clearances", Clearance.values());
        model.addAttribute("partners", recipients.withChannel(ChannelType.TAXII));
        if (ListView.listOnly(request)) {
            return "console/users :: list";
        }
        // The most recent pending grants; more than a page of them waiting is itself the news.
        Page<AccessGrantView> pending = users.grants(GrantStatus.PENDING, PageRequest.first(LIST_PAGE));
        model.addAttribute("pending", pending.items());
        model.addAttribute("morePending", pending.next() != null);
        return "console/users";
    }

    @PostMapping(PAGE)
    @PreAuthorize("hasRole('ADMIN')")
    String create(@RequestParam(required = false) String username, @RequestParam(required = false) String displayName,
            @RequestParam(required = false) String password, @RequestParam(required = false) List<Role> roles,
            @RequestParam(required = false) Clearance clearance, @RequestParam(required = false) String compartments,
            @RequestParam(required = false) UUID recipientId, RedirectAttributes flash) {
        return Flash.run(flash, "Account created. Its holder must choose a new password at first sign-in; anything "
                + "elevated waits for a second admin.", PAGE, () -> users.create(new NewUser(username,
                blankToNull(displayName), password, set(roles), clearance, compartments(compartments), recipientId)));
    }

    @PostMapping(PAGE + "/{id}/access")
    @PreAuthorize("hasRole('ADMIN')")
    String changeAccess(@PathVariable UUID id, @RequestParam(required = false) List<Role> roles,
            @RequestParam(required = false) Clearance clearance, @RequestParam(required = false) String compartments,
            RedirectAttributes flash) {
        return Flash.run(flash, "Access changed. Anything elevated waits for a second admin.", PAGE,
                () -> users.changeAccess(id, new AccessChange(set(roles), clearance, compartments(compartments))));
    }

    @PostMapping(PAGE + "/{id}/disable")
    @PreAuthorize("hasRole('ADMIN')")
    String disable(@PathVariable UUID id, RedirectAttributes flash) {
        return Flash.run(flash, "Account disabled; its sessions end with their next request.", PAGE,
                () -> users.disable(id));
    }

    @PostMapping(PAGE + "/{id}/enable")
    @PreAuthorize("hasRole('ADMIN')")
    String enable(@PathVariable UUID id, RedirectAttributes flash) {
        return Flash.run(flash, "Account enabled.", PAGE, () -> users.enable(id));
    }

    @PostMapping(PAGE + "/grants/{id}/confirmation")
    @PreAuthorize("hasRole('ADMIN')")
    String confirm(@PathVariable UUID id, RedirectAttributes flash) {
        return Flash.run(flash, "Grant confirmed; it applies at once.", PAGE, () -> users.confirm(id));
    }

    @PostMapping(PAGE + "/grants/{id}/rejection")
    @PreAuthorize("hasRole('ADMIN')")
    String reject(@PathVariable UUID id, @RequestParam(required = false) String reason, RedirectAttributes flash) {
        return Flash.run(flash, "Grant rejected.", PAGE, () -> users.reject(id, new GrantRejection(reason)));
    }

    private static Set<Role> set(List<Role> roles) {
        return roles == null ? Set.of() : Set.copyOf(roles);
    }

    private static Set<String> compartments(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isBlank())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
