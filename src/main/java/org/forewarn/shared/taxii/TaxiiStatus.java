package org.forewarn.shared.taxii;

import java.util.List;

/**
 * A TAXII 2.1 status resource: how a POST of objects is getting on.
 *
 * @param status "pending" or "complete"
 */
public record TaxiiStatus(String id, String status, int totalCount, int successCount, int failureCount,
                          int pendingCount, List<Failure> failures) {

    public TaxiiStatus {
        failures = failures == null ? List.of() : List.copyOf(failures);
    }

    public boolean complete() {
        return "complete".equals(status);
    }

    /** Every object was added. */
    public boolean succeeded() {
        return complete() && failureCount == 0 && successCount == totalCount;
    }

    /** An object the server refused, and why. */
    public record Failure(String id, String version, String message) {
    }
}
