package org.forewarn.shared.taxii;

/**
 * A TAXII server said no, or could not be reached. {@code title} and {@code description} are the
 * server's TAXII error message when it sent one.
 *
 * @param httpStatus 0 when no answer came
 */
public class TaxiiException extends RuntimeException {

    private final int httpStatus;
    private final String title;

    public TaxiiException(int httpStatus, String title, String description, Throwable cause) {
        super((httpStatus == 0 ? "no answer" : "HTTP " + httpStatus) + ": " + title
                + (description == null || description.isBlank() ? "" : " (" + description + ")"), cause);
        this.httpStatus = httpStatus;
        this.title = title;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String title() {
        return title;
    }

    /** Worth trying again later: no answer, too many requests, or the server's own trouble. */
    public boolean retryable() {
        return httpStatus == 0 || httpStatus == 408 || httpStatus == 429 || httpStatus >= 500;
    }
}
