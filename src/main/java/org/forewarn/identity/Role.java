package org.forewarn.identity;

/** What a user may do. A user may hold several roles; separation of duties is checked per case. */
public enum Role {
    /** Intake threats, propose determinations, draft warnings. */
    ANALYST,
    /** Approve determinations, waivers and warnings; never their own. */
    APPROVER,
    /** Deliver warnings to governments and record their responses. */
    LIAISON,
    /** Public alerts and the enrollment registry. */
    CONSULAR,
    /** Read-only access to the audit log and reviews. */
    AUDITOR,
    /** Users and recipients; sees no protected content by default. */
    ADMIN,
    /**
     * A partner service, tied to one recipient of the directory: reads that recipient's TAXII
     * collections and writes to its reporting collection, nothing else. Never held with another role.
     */
    PARTNER;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Whether the role reads case data at all (ADMIN and PARTNER do not). */
    public boolean readsCases() {
        return this != ADMIN && this != PARTNER;
    }
}
