package org.forewarn.attribution;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.forewarn.shared.Violations;

/**
 * Where we read or heard the claim.
 *
 * @param outlet   the outlet or issuer ("Interfax", "White House statement")
 * @param url      where it can be read, if online (http or https)
 * @param document a document reference (a transcript, a cable number), if any
 */
public record ClaimSource(String outlet, String url, String document) {

    public ClaimSource {
        outlet = strip(outlet);
        url = strip(url);
        document = strip(document);
        Violations.check()
                .notBlank(outlet, "outlet")
                .maxLength(outlet, 300, "outlet")
                .maxLength(url, 2000, "url")
                .require(url == null || isWebAddress(url), "url", "must be an http or https address")
                .maxLength(document, 1000, "document")
                .orThrow();
    }

    static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
