package org.forewarn.demo;

import java.util.List;

import org.forewarn.recipient.RecipientKind;
import org.forewarn.recipient.Relationship;

/**
 * The few recipients the synthetic cases warn, all by liaison hand-over (nothing is sent anywhere),
 * of every relationship, so that some warnings need an approver and some do not. Added once, and
 * their relationships confirmed by an approver, when the synthetic cases are first loaded.
 */
final class SyntheticRecipients {

    record Spec(String name, RecipientKind kind, String country, Relationship relationship) {

        /** Warning officials about a threat to the public opens a No-Double-Standard obligation. */
        boolean official() {
            return kind == RecipientKind.GOVERNMENT_SERVICE || kind == RecipientKind.PROTECTIVE_AUTHORITY;
        }
    }

    static final List<Spec> ALL = List.of(
            new Spec("Allied interior ministry, protective security desk (synthetic)", RecipientKind.GOVERNMENT_SERVICE,
                    "GB", Relationship.ALLY),
            new Spec("Partner national police, close protection unit (synthetic)", RecipientKind.PROTECTIVE_AUTHORITY,
                    "KE", Relationship.PARTNER),
            new Spec("Neutral state security service (synthetic)", RecipientKind.GOVERNMENT_SERVICE, "EG",
                    Relationship.NEUTRAL),
            new Spec("Adversary federal security service (synthetic)", RecipientKind.GOVERNMENT_SERVICE, "RU",
                    Relationship.ADVERSARY),
            new Spec("International hotel group, security operations (synthetic)", RecipientKind.VENUE, "AE",
                    Relationship.PARTNER),
            new Spec("International aid charity, field security (synthetic)", RecipientKind.ORGANIZATION, "CH",
                    Relationship.NEUTRAL),
            new Spec("Named person at risk, through their lawyer (synthetic)", RecipientKind.PERSON, null,
                    Relationship.NEUTRAL));

    private SyntheticRecipients() {
    }
}
