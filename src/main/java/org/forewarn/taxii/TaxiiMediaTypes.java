package org.forewarn.taxii;

import java.util.List;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Which requests speak TAXII 2.1: those that accept {@code application/taxii+json} (with
 * {@code version=2.1} or no version), and whose body, if any, is of that type.
 */
final class TaxiiMediaTypes {

    static final MediaType TAXII = MediaType.parseMediaType("application/taxii+json");
    static final String STIX = "application/stix+json;version=2.1";

    private TaxiiMediaTypes() {
    }

    static boolean acceptable(String accept) {
        return accept != null && parse(accept).stream().anyMatch(TaxiiMediaTypes::isTaxii21);
    }

    static boolean supportedBody(String contentType) {
        return contentType != null && parse(contentType).stream().anyMatch(TaxiiMediaTypes::isTaxii21);
    }

    private static boolean isTaxii21(MediaType type) {
        String version = type.getParameter("version");
        return type.getType().equalsIgnoreCase(TAXII.getType())
                && type.getSubtype().equalsIgnoreCase(TAXII.getSubtype())
                && (version == null || version.equals("2.1"));
    }

    private static List<MediaType> parse(String header) {
        try {
            return MediaType.parseMediaTypes(header);
        } catch (InvalidMediaTypeException e) {
            return List.of();
        }
    }
}
