package org.forewarn.delivery;

/**
 * What one attempt on a channel came to. Every channel answers in these four words, so every client
 * of the engine (a warning, a fan-out) decides the same way what to do next.
 *
 * @param detail a reference from the receiver when it took the message (a Message-ID, a request id),
 *               otherwise why it did not
 */
public record Outcome(Result result, String detail) {

    public enum Result {
        /** The receiver itself confirmed it has the message (a webhook answered 2xx). */
        DELIVERED,
        /** A relay took the message on (an SMTP relay, an SMS gateway); only it knows about delivery. */
        ACCEPTED,
        /** Worth trying again later: a timeout, a 5xx, a 429, a refused connection. */
        RETRY,
        /** Trying again will not help: a 4xx, a rejected address, nothing configured to say otherwise. */
        REFUSED
    }

    public static Outcome delivered(String reference) {
        return new Outcome(Result.DELIVERED, reference);
    }

    public static Outcome accepted(String reference) {
        return new Outcome(Result.ACCEPTED, reference);
    }

    public static Outcome retry(String why) {
        return new Outcome(Result.RETRY, why);
    }

    public static Outcome refused(String why) {
        return new Outcome(Result.REFUSED, why);
    }

    /** The receiver has the message, or a relay has taken it on. */
    public boolean handedOver() {
        return result == Result.DELIVERED || result == Result.ACCEPTED;
    }

    /**
     * The one rule for an HTTP answer: 2xx is success; 408, 425, 429 and 5xx are worth retrying;
     * any other status is a refusal.
     *
     * @param confirmsDelivery whether a 2xx from this receiver means the message reached its reader
     *                         (a webhook) or only that a relay took it (an SMS gateway)
     */
    static Outcome ofHttpStatus(int status, String reference, boolean confirmsDelivery, String where) {
        if (status >= 200 && status < 300) {
            return confirmsDelivery ? delivered(reference) : accepted(reference);
        }
        String detail = "HTTP " + status + " from " + where;
        boolean transientStatus = status >= 500 || status == 408 || status == 425 || status == 429;
        return transientStatus ? retry(detail) : refused(detail);
    }
}
