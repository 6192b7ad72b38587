package org.forewarn.demo;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.forewarn.identity.Clearance;
import org.forewarn.identity.NewUser;
import org.forewarn.identity.Role;
import org.forewarn.identity.UserAdministration;
import org.forewarn.recipient.AddRecipient;
import org.forewarn.recipient.Channel;
import org.forewarn.recipient.RecipientKind;
import org.forewarn.recipient.Recipients;
import org.forewarn.recipient.Relationship;
import org.forewarn.shared.ChannelType;
import org.forewarn.taxii.TaxiiCollections;
import org.springframework.stereotype.Component;

/**
 * The demo's partner service: an allied service in the directory whose channel is TAXII, its PARTNER
 * account {@value #ACCOUNT} (the demo password), and its two collections on the TAXII server, so that
 * a new user can read warnings as a partner does and post reporting back.
 */
@Component
class DemoPartner {

    static final String ACCOUNT = "partner";
    static final String NAME = "Allied partner service (TAXII)";

    private final Recipients recipients;
    private final UserAdministration users;
    private final TaxiiCollections collections;

    DemoPartner(Recipients recipients, UserAdministration users, TaxiiCollections collections) {
        this.recipients = recipients;
        this.users = users;
        this.collections = collections;
    }

    void create() {
        UUID recipient = recipients.findByName(NAME).map(r -> r.id()).orElseGet(() -> recipients.add(new AddRecipient(
                NAME, RecipientKind.GOVERNMENT_SERVICE, "NL", Relationship.ALLY,
                List.of(new Channel(ChannelType.TAXII, ACCOUNT, null)), null)).id());
        users.create(new NewUser(ACCOUNT, NAME, DemoUsers.PASSWORD, Set.of(Role.PARTNER), Clearance.UNCLASSIFIED,
                Set.of(), recipient));
        collections.ensureCollectionsFor(recipient, true);
    }
}
