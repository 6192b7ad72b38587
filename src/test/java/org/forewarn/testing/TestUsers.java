package org.forewarn.testing;

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
import org.springframework.stereotype.Component;

/** The people the tests act as. */
@Component
public class TestUsers {

    public static final String PASSWORD = "test-password-123";

    public static final String ANALYST = "t.analyst";
    public static final String ANALYST_2 = "t.analyst2";
    /** An analyst cleared only to CONFIDENTIAL. */
    public static final String JUNIOR_ANALYST = "t.junior";
    public static final String APPROVER = "t.approver";
    /** Holds both ANALYST and APPROVER, to test separation of duties. */
    public static final String ANALYST_APPROVER = "t.both";
    /** Holds both ANALYST and LIAISON, to test that nobody sends what they drafted. */
    public static final String ANALYST_LIAISON = "t.analyst.liaison";
    /** An analyst used only where a test spends a per-person allowance (tearline checks). */
    public static final String PROBING_ANALYST = "t.prober";
    public static final String LIAISON = "t.liaison";
    public static final String CONSULAR = "t.consular";
    /** A consular officer cleared to SECRET: cleared for the test threats. */
    public static final String CLEARED_CONSULAR = "t.consular-secret";
    /** An approver cleared only to CONFIDENTIAL: not cleared for the test threats. */
    public static final String JUNIOR_APPROVER = "t.approver-conf";
    /** Holds both CONSULAR and APPROVER, to test separation of duties on public alerts. */
    public static final String CONSULAR_APPROVER = "t.consular-approver";
    public static final String AUDITOR = "t.auditor";
    public static final String ADMIN = "t.admin";
    /** A second administrator, for the two-person rule. */
    public static final String ADMIN_2 = "t.admin2";

    /** A partner service's account, speaking for the recipient {@link #PARTNER_RECIPIENT}. */
    public static final String PARTNER = "t.partner";
    /** The directory entry {@link #PARTNER} speaks for. */
    public static final String PARTNER_RECIPIENT = "Test partner service";

    /** One user per role, for the role × endpoint matrix. */
    public static final List<String> ONE_PER_ROLE = List.of(ANALYST, APPROVER, LIAISON, CONSULAR, AUDITOR, ADMIN,
            PARTNER);

    private final UserAdministration administration;
    private final Recipients recipients;
    private volatile boolean created;

    TestUsers(UserAdministration administration, Recipients recipients) {
        this.administration = administration;
        this.recipients = recipients;
    }

    public static Role roleOf(String user) {
        return switch (user) {
            case ANALYST, ANALYST_2, JUNIOR_ANALYST -> Role.ANALYST;
            case APPROVER, JUNIOR_APPROVER -> Role.APPROVER;
            case LIAISON -> Role.LIAISON;
            case CONSULAR, CLEARED_CONSULAR -> Role.CONSULAR;
            case AUDITOR -> Role.AUDITOR;
            case ADMIN, ADMIN_2 -> Role.ADMIN;
            case PARTNER -> Role.PARTNER;
            default -> throw new IllegalArgumentException(user);
        };
    }

    synchronized void ensure() {
        if (created) {
            return;
        }
        create(ANALYST, Clearance.SECRET, Role.ANALYST);
        create(ANALYST_2, Clearance.TOP_SECRET, Role.ANALYST);
        create(JUNIOR_ANALYST, Clearance.CONFIDENTIAL, Role.ANALYST);
        create(APPROVER, Clearance.TOP_SECRET, Role.APPROVER);
        create(ANALYST_APPROVER, Clearance.TOP_SECRET, Role.ANALYST, Role.APPROVER);
        create(ANALYST_LIAISON, Clearance.SECRET, Role.ANALYST, Role.LIAISON);
        create(PROBING_ANALYST, Clearance.SECRET, Role.ANALYST);
        create(LIAISON, Clearance.SECRET, Role.LIAISON);
        create(CONSULAR, Clearance.CONFIDENTIAL, Role.CONSULAR);
        create(CLEARED_CONSULAR, Clearance.SECRET, Role.CONSULAR);
        create(JUNIOR_APPROVER, Clearance.CONFIDENTIAL, Role.APPROVER);
        create(CONSULAR_APPROVER, Clearance.TOP_SECRET, Role.CONSULAR, Role.APPROVER);
        create(AUDITOR, Clearance.CONFIDENTIAL, Role.AUDITOR);
        create(ADMIN, Clearance.UNCLASSIFIED, Role.ADMIN);
        create(ADMIN_2, Clearance.UNCLASSIFIED, Role.ADMIN);
        if (!administration.exists(PARTNER)) {
            administration.create(new NewUser(PARTNER, PARTNER, PASSWORD, Set.of(Role.PARTNER),
                    Clearance.UNCLASSIFIED, Set.of(), partnerRecipient(PARTNER_RECIPIENT)));
        }
        created = true;
    }

    /** A recipient of the directory a partner account can speak for, added (by the system) if missing. */
    public UUID partnerRecipient(String name) {
        return recipients.findByName(name).map(r -> r.id()).orElseGet(() -> recipients.add(new AddRecipient(name,
                RecipientKind.GOVERNMENT_SERVICE, "NL", Relationship.ALLY,
                List.of(new Channel(ChannelType.LIAISON, "liaison desk", null)), null)).id());
    }

    /**
     * Created in-process with nobody signed in: trusted provisioning, like the demo users, so they get
     * their access at once and keep the shared password.
     */
    private void create(String username, Clearance clearance, Role... roles) {
        if (!administration.exists(username)) {
            administration.create(new NewUser(username, username, PASSWORD, Set.of(roles), clearance, Set.of()));
        }
    }
}
