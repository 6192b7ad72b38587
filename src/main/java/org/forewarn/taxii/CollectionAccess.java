package org.forewarn.taxii;

import java.util.UUID;

import org.forewarn.identity.Actor;
import org.forewarn.identity.Role;

/**
 * Who may see, read and write a collection. A partner service sees only its own recipient's
 * collections, and reads and writes them as their kind allows. ANALYST and AUDITOR see and read every
 * collection, for oversight, and write none: only Forewarn itself publishes into a warnings collection,
 * and only the partner reports into its own. Anyone else sees nothing.
 *
 * @param partnerRecipient the recipient the caller speaks for, if it is a partner service
 */
record CollectionAccess(Actor actor, UUID partnerRecipient) {

    boolean isPartner() {
        return partnerRecipient != null;
    }

    boolean oversees() {
        return !isPartner() && (actor.has(Role.ANALYST) || actor.has(Role.AUDITOR));
    }

    boolean sees(TaxiiCollection collection) {
        return isPartner() ? partnerRecipient.equals(collection.recipientId()) : oversees();
    }

    boolean reads(TaxiiCollection collection) {
        return sees(collection) && (!isPartner() || collection.partnerCanRead());
    }

    boolean writes(TaxiiCollection collection) {
        return isPartner() && sees(collection) && collection.partnerCanWrite();
    }
}
