package org.forewarn.console;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.forewarn.audit.AuditTrail;
import org.forewarn.recipient.AddRecipient;
import org.forewarn.recipient.Channel;
import org.forewarn.shared.ChannelType;
import org.forewarn.recipient.ConfirmRelationship;
import org.forewarn.recipient.RecipientFilter;
import org.forewarn.recipient.RecipientKind;
import org.forewarn.recipient.Recipients;
import org.forewarn.recipient.Relationship;
import org.forewarn.identity.UserAdministration;
import org.forewarn.shared.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The recipient directory, the audit log, and one's own account. */
@Controller
class DirectoryPages {

    private static final int PAGE = PageRequest.DEFAULT_LIMIT;

    private final Recipients recipients;
    private final AuditTrail audit;
    private final UserAdministration users;

    DirectoryPages(Recipients recipients, AuditTrail audit, UserAdministration users) {
        this.recipients = recipients;
        this.audit = audit;
        this.users = users;
    }

    @GetMapping("/console/recipients")
    @PreAuthorize("isAuthenticated()")
    String recipients(@RequestParam(required = false) String q, @RequestParam(required = false) Relationship relationship,
            @RequestParam(required = false) RecipientKind kind, @RequestParam(required = false) String country,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer from,
            HttpServletRequest request, Model model) {
        RecipientFilter filter = new RecipientFilter(q, relationship, kind, country);
        model.addAttribute("list", ListView.of(recipients.page(filter, PageRequest.of(PAGE, cursor)),
                recipients.count(filter), from, PAGE));
        model.addAttribute("filter", filter);
        model.addAttribute("kinds", RecipientKind.values());
        model.addAttribute("relationships", Relationship.values());
        model.addAttribute("channelTypes", ChannelType.values());
        return ListView.listOnly(request) ? "console/recipients :: list" : "console/recipients";
    }

    @PostMapping("/console/recipients")
    @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
    String addRecipient(@RequestParam(required = false) String name, @RequestParam(required = false) RecipientKind kind,
            @RequestParam(required = false) String country, @RequestParam(required = false) Relationship relationship,
            @RequestParam(required = false) String email, @RequestParam(required = false) String sms,
            @RequestParam(required = false) String webhook,
            @RequestParam(required = false) String webhookSecret, @RequestParam(required = false) String liaison,
            @RequestParam(required = false) String taxii, @RequestParam(required = false) String taxiiCredentials,
            @RequestParam(required = false) String notes, RedirectAttributes flash) {
        return Flash.run(flash, "Recipient added.", "/console/recipients", () -> {
            List<Channel> channels = new ArrayList<>();
            if (email != null && !email.isBlank()) {
                channels.add(new Channel(ChannelType.EMAIL, email, null));
            }
            if (sms != null && !sms.isBlank()) {
                channels.add(new Channel(ChannelType.SMS, sms, null));
            }
            if (webhook != null && !webhook.isBlank()) {
                channels.add(new Channel(ChannelType.WEBHOOK, webhook, webhookSecret));
            }
            if (liaison != null && !liaison.isBlank()) {
                channels.add(new Channel(ChannelType.LIAISON, liaison, null));
            }
            if (taxii != null && !taxii.isBlank()) {
                channels.add(new Channel(ChannelType.TAXII, taxii,
                        taxiiCredentials == null || taxiiCredentials.isBlank() ? null : taxiiCredentials));
            }
            recipients.add(new AddRecipient(name, kind, country, relationship, channels, notes));
        });
    }

    @PostMapping("/console/recipients/{id}/relationship-confirmation")
    @PreAuthorize("hasRole('APPROVER')")
    String confirmRelationship(@org.springframework.web.bind.annotation.PathVariable UUID id,
            @RequestParam(required = false) Relationship relationship, RedirectAttributes flash) {
        return Flash.run(flash, "Relationship confirmed.", "/console/recipients",
                () -> recipients.confirmRelationship(id, new ConfirmRelationship(relationship)));
    }

    @GetMapping("/console/audit")
    @PreAuthorize("hasRole('AUDITOR')")
    String audit(@RequestParam(required = false) UUID caseId, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer from, @RequestParam(defaultValue = "false") boolean verify,
            HttpServletRequest request, Model model) {
        model.addAttribute("list", ListView.of(audit.page(caseId, PageRequest.of(PAGE, cursor)), audit.count(caseId),
                from, PAGE));
        model.addAttribute("caseId", caseId);
        if (verify) {
            model.addAttribute("verification", audit.verify());
        }
        return ListView.listOnly(request) ? "console/audit :: list" : "console/audit";
    }

    @GetMapping("/console/account/password")
    @PreAuthorize("isAuthenticated()")
    String passwordForm() {
        return "console/password";
    }

    @PostMapping("/console/account/password")
    @PreAuthorize("isAuthenticated()")
    String changePassword(@RequestParam(required = false) String currentPassword,
            @RequestParam(required = false) String newPassword, HttpServletRequest request, RedirectAttributes flash)
            throws jakarta.servlet.ServletException {
        try {
            users.changeOwnPassword(currentPassword, newPassword);
        } catch (org.forewarn.shared.DomainException e) {
            flash.addFlashAttribute("error", e.getMessage());
            return "redirect:/console/account/password";
        }
        // The session still holds the old sign-in; sign in again with the new password.
        request.logout();
        return "redirect:/login?changed";
    }
}
