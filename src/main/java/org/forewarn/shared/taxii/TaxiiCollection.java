package org.forewarn.shared.taxii;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A collection on someone's TAXII 2.1 server, and how to sign in to it.
 *
 * @param url      the collection's URL, {@code <api-root>/collections/<id>/}
 * @param username for HTTP Basic; null for none
 * @param password for HTTP Basic; never logged
 */
public record TaxiiCollection(URI url, String username, String password) {

    private static final Pattern COLLECTION = Pattern.compile("^(.*/)collections/([^/]+)/?$");

    public TaxiiCollection {
        if (url == null || !COLLECTION.matcher(url.toString()).matches()
                || !("http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme()))) {
            throw new IllegalArgumentException("not a TAXII collection URL (http(s)://…/<api-root>/collections/<id>/): "
                    + url);
        }
        url = URI.create(url.toString().endsWith("/") ? url.toString() : url + "/");
    }

    /** What a TAXII collection URL must look like, or null when it is fine. */
    public static String problemWith(String url) {
        try {
            new TaxiiCollection(URI.create(url), null, null);
            return null;
        } catch (IllegalArgumentException e) {
            return "must be a TAXII 2.1 collection URL: http(s)://host/<api-root>/collections/<id>/";
        }
    }

    /** The API root the collection belongs to, ending in a slash. */
    public URI apiRoot() {
        Matcher m = COLLECTION.matcher(url.toString());
        m.matches();
        return URI.create(m.group(1));
    }

    public String id() {
        Matcher m = COLLECTION.matcher(url.toString());
        m.matches();
        return m.group(2);
    }

    URI objects() {
        return url.resolve("objects/");
    }

    URI status(String statusId) {
        return apiRoot().resolve("status/" + statusId + "/");
    }

    @Override
    public String toString() {
        return "TaxiiCollection[" + url + (username == null ? "" : ", as " + username) + "]";
    }
}
