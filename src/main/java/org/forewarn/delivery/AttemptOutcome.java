package org.forewarn.delivery;

/** What a channel reports after one attempt. */
record AttemptOutcome(Result result, String detail) {

    enum Result {
        DELIVERED,
        /** Worth trying again later: a timeout, a 5xx, a refused connection. */
        RETRY,
        /** Trying again will not help: a 4xx, a rejected address. */
        PERMANENT_FAILURE
    }

    static AttemptOutcome delivered(String reference) {
        return new AttemptOutcome(Result.DELIVERED, reference);
    }

    static AttemptOutcome retry(String why) {
        return new AttemptOutcome(Result.RETRY, why);
    }

    static AttemptOutcome permanentFailure(String why) {
        return new AttemptOutcome(Result.PERMANENT_FAILURE, why);
    }
}
