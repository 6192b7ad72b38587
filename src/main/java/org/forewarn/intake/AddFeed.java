package org.forewarn.intake;

import java.util.UUID;

import org.forewarn.shared.Violations;
import org.forewarn.shared.taxii.TaxiiCollection;
import org.forewarn.threat.SourceReliability;

/**
 * A partner's TAXII collection to poll for reporting.
 *
 * @param collectionUrl     {@code https://…/<api-root>/collections/<id>/}
 * @param username          for HTTP Basic at the partner's server, if it asks
 * @param password          stored, never shown again
 * @param sourceReliability how reliable the partner is as a source: its reporting is graded with it
 * @param recipientId       the partner in the recipient directory, if it is one
 */
public record AddFeed(String name, String collectionUrl, String username, String password,
                      SourceReliability sourceReliability, UUID recipientId) {

    public AddFeed {
        name = name == null ? null : name.strip();
        collectionUrl = collectionUrl == null ? null : collectionUrl.strip();
        username = username == null || username.isBlank() ? null : username;
        password = password == null || password.isEmpty() ? null : password;
        Violations.check()
                .notBlank(name, "name").maxLength(name, 200, "name")
                .notBlank(collectionUrl, "collectionUrl").maxLength(collectionUrl, 1000, "collectionUrl")
                .require(collectionUrl == null || TaxiiCollection.problemWith(collectionUrl) == null, "collectionUrl",
                        collectionUrl == null ? "" : TaxiiCollection.problemWith(collectionUrl))
                .require((username == null) == (password == null), "password",
                        "give both username and password, or neither")
                .maxLength(username, 200, "username").maxLength(password, 500, "password")
                .notNull(sourceReliability, "sourceReliability")
                .orThrow();
    }

    @Override
    public String toString() {
        return "AddFeed[" + name + ", " + collectionUrl + "]";
    }
}
