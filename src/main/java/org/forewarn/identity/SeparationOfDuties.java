package org.forewarn.identity;

import org.forewarn.shared.DomainException;

/** Nobody approves what they proposed or drafted themselves. */
public final class SeparationOfDuties {

    private SeparationOfDuties() {
    }

    /**
     * @param author   username of whoever proposed or drafted the thing
     * @param approver the person trying to approve it
     * @param what     what is being approved, for the message ("this determination")
     */
    public static void requireSomeoneElse(String author, Actor approver, String what) {
        if (author != null && author.equals(approver.username())) {
            throw DomainException.forbidden("separation-of-duties", "Separation of duties: " + approver.username()
                    + " proposed or drafted " + what + " and so cannot approve it. Another approver must decide.");
        }
    }
}
