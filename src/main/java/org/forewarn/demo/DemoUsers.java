package org.forewarn.demo;

import java.util.List;
import java.util.Set;

import org.forewarn.identity.Clearance;
import org.forewarn.identity.NewUser;
import org.forewarn.identity.Role;

/** The demo logins; all share one password, printed at start. */
final class DemoUsers {

    static final String PASSWORD = "forewarn-demo";

    static final List<NewUser> ALL = List.of(
            user("analyst", "Anna Analyst", Role.ANALYST, Clearance.SECRET),
            user("approver", "Arthur Approver", Role.APPROVER, Clearance.TOP_SECRET),
            // A second approver: what one approver drafts or proposes, another must decide.
            user("reviewer", "Rhea Reviewer", Role.APPROVER, Clearance.TOP_SECRET),
            user("liaison", "Lena Liaison", Role.LIAISON, Clearance.SECRET),
            user("consular", "Carl Consular", Role.CONSULAR, Clearance.CONFIDENTIAL),
            user("auditor", "Ada Auditor", Role.AUDITOR, Clearance.CONFIDENTIAL),
            user("admin", "Adam Admin", Role.ADMIN, Clearance.UNCLASSIFIED));

    private DemoUsers() {
    }

    private static NewUser user(String username, String name, Role role, Clearance clearance) {
        return new NewUser(username, name, PASSWORD, Set.of(role), clearance, Set.of());
    }
}
