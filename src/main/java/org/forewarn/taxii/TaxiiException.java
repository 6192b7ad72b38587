package org.forewarn.taxii;

/** A request the TAXII server refuses, answered with a TAXII error message of this status. */
final class TaxiiException extends RuntimeException {

    private final int status;
    private final String title;

    TaxiiException(int status, String title, String description) {
        super(description);
        this.status = status;
        this.title = title;
    }

    static TaxiiException badRequest(String description) {
        return new TaxiiException(400, "Bad request", description);
    }

    static TaxiiException notFound(String description) {
        return new TaxiiException(404, "Not found", description);
    }

    static TaxiiException forbidden(String description) {
        return new TaxiiException(403, "Forbidden", description);
    }

    int status() {
        return status;
    }

    String title() {
        return title;
    }
}
