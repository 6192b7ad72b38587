package org.forewarn.shared;

import java.util.Map;

/**
 * A request the domain refuses. The {@link Kind} tells the web layer which status to answer with;
 * the message is written for the person who has to fix the request.
 */
public class DomainException extends RuntimeException {

    public enum Kind {
        /** The input itself is malformed or incomplete (400). */
        INVALID_INPUT,
        /** The caller may not do this, whatever the input (403). */
        FORBIDDEN,
        /** The thing asked for does not exist (404). */
        NOT_FOUND,
        /** The thing is in a state that does not allow the move (409). */
        CONFLICT,
        /** The input is well formed but breaks a business rule (422). */
        RULE_VIOLATION,
        /** The caller has done this too often; {@code retryAfterSeconds} says when to try again (429). */
        TOO_MANY_REQUESTS
    }

    private final Kind kind;
    private final String type;
    private final Map<String, Object> properties;

    public DomainException(Kind kind, String type, String message) {
        this(kind, type, message, Map.of());
    }

    public DomainException(Kind kind, String type, String message, Map<String, Object> properties) {
        super(message);
        this.kind = kind;
        this.type = type;
        this.properties = Map.copyOf(properties);
    }

    public static DomainException notFound(String what, Object id) {
        return new DomainException(Kind.NOT_FOUND, "not-found", "No " + what + " with id " + id + ".");
    }

    public static DomainException conflict(String type, String message) {
        return new DomainException(Kind.CONFLICT, type, message);
    }

    public static DomainException ruleViolation(String type, String message) {
        return new DomainException(Kind.RULE_VIOLATION, type, message);
    }

    public static DomainException forbidden(String type, String message) {
        return new DomainException(Kind.FORBIDDEN, type, message);
    }

    /** Too many attempts: refused until {@code retryAfterSeconds} have passed. */
    public static DomainException tooManyRequests(String type, String message, long retryAfterSeconds) {
        return new DomainException(Kind.TOO_MANY_REQUESTS, type, message,
                Map.of("retryAfterSeconds", Math.max(1, retryAfterSeconds)));
    }

    public Kind kind() {
        return kind;
    }

    /** Short slug identifying the problem type, e.g. {@code tearline-leak}. */
    public String type() {
        return type;
    }

    /** Extra members for the problem document, e.g. the leaked terms. */
    public Map<String, Object> properties() {
        return properties;
    }
}
