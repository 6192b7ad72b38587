package org.forewarn.identity;

import org.forewarn.shared.DomainException;

/**
 * Nobody completes on their own what needs two people: approving what they proposed or drafted,
 * sending a warning they drafted, confirming a relationship they set.
 */
public final class SeparationOfDuties {

    private SeparationOfDuties() {
    }

    /**
     * @param author   username of whoever proposed, drafted or set the thing
     * @param approver the person trying to approve it
     * @param what     what is being approved, for the message ("this determination")
     */
    public static void requireSomeoneElse(String author, Actor approver, String what) {
        requireSomeoneElse(author, approver, what, "approve");
    }

    /**
     * @param verb what the second person does with it ("approve", "send", "confirm")
     */
    public static void requireSomeoneElse(String author, Actor actor, String what, String verb) {
        if (author != null && author.equals(actor.username())) {
            throw DomainException.forbidden("separation-of-duties", "Separation of duties: " + actor.username()
                    + " proposed, drafted or set " + what + " and so cannot " + verb + " it. Someone else must.");
        }
    }
}
