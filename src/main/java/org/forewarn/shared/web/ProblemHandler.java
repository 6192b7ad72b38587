package org.forewarn.shared.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.forewarn.shared.DomainException;
import org.forewarn.shared.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * The one place where failures become problems: {@code application/problem+json} for the API, and
 * the same problem (status and detail) for the console's error page ({@link #problemFor}). Every
 * detail says what to fix; nothing internal (stack traces, SQL) leaves the server.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    /**
     * The problem that answers a failure, worked out as for the API, for callers that show it
     * another way (the console renders it as a page).
     *
     * @return the problem, or {@code null} when there is no one left to answer (the client has gone)
     */
    public ProblemDetail problemFor(Exception e, WebRequest request) {
        ResponseEntity<Object> response = respond(e, request);
        return response != null && response.getBody() instanceof ProblemDetail problem ? problem : null;
    }

    /**
     * Everything Spring MVC does not route to its own handler (its exceptions go to
     * {@link #handleException}, and from there to the hooks overridden below).
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> failed(Exception e, WebRequest request) {
        return respond(e, request);
    }

    private ResponseEntity<Object> respond(Exception e, WebRequest request) {
        if (e instanceof DomainException domain) {
            return domain(domain);
        }
        if (e instanceof AccessDeniedException) {
            return problem(Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Your role does not allow this action."));
        }
        if (e instanceof OptimisticLockingFailureException) {
            return problem(Problems.of(HttpStatus.CONFLICT, "concurrent-change",
                    "Someone else changed this record at the same moment. Reload it and try again."));
        }
        if (e instanceof DataIntegrityViolationException integrity) {
            log.warn("Integrity violation: {}", integrity.getMostSpecificCause().getMessage());
            return problem(Problems.of(HttpStatus.CONFLICT, "conflict",
                    "The change conflicts with data already stored (a duplicate or a missing reference)."));
        }
        try {
            return handleException(e, request);
        } catch (Exception notOneOfSpringMvcs) {
            return unexpected(e);
        }
    }

    /** The status that answers each kind of refusal. */
    private static HttpStatus status(DomainException.Kind kind) {
        return switch (kind) {
            case INVALID_INPUT -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case RULE_VIOLATION -> HttpStatus.UNPROCESSABLE_CONTENT;
            case TOO_MANY_REQUESTS -> HttpStatus.TOO_MANY_REQUESTS;
        };
    }

    private ResponseEntity<Object> domain(DomainException e) {
        ResponseEntity<Object> response = problem(Problems.of(status(e.kind()), e.type(), e.getMessage(),
                e.properties()));
        if (e.properties().get("retryAfterSeconds") instanceof Number seconds) {
            return ResponseEntity.status(response.getStatusCode()).header(HttpHeaders.RETRY_AFTER,
                    String.valueOf(seconds.longValue())).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(response.getBody());
        }
        return response;
    }

    private ResponseEntity<Object> unexpected(Exception e) {
        String reference = UUID.randomUUID().toString();
        log.error("Unexpected failure, reference {}", reference, e);
        return problem(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "Something went wrong on the server. Nothing was changed. Quote reference " + reference
                        + " to the administrator.", Map.of("reference", reference)));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return problem(Problems.of(HttpStatus.NOT_FOUND, "http-404", Problems.describe(404)));
    }

    /** Nothing mapped at the address (static files are mapped folder by folder, so this is the usual 404). */
    @Override
    protected ResponseEntity<Object> handleNoHandlerFoundException(NoHandlerFoundException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return problem(Problems.of(HttpStatus.NOT_FOUND, "http-404", Problems.describe(404)));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (e instanceof MethodArgumentTypeMismatchException parameter) {
            String expected = e.getRequiredType() != null ? describe(e.getRequiredType()) : "a different value";
            return problem(Problems.of(HttpStatus.BAD_REQUEST, "invalid-input",
                    "'" + parameter.getName() + "' must be " + expected + ", not '" + e.getValue() + "'."));
        }
        return super.handleTypeMismatch(e, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(unreadable(e));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidInput.FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new InvalidInput.FieldProblem(f.getField(), String.valueOf(f.getDefaultMessage())))
                .toList();
        return domain(new InvalidInput(problems));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail detail) {
            if (detail.getType() == null || "about:blank".equals(detail.getType().toString())) {
                detail.setType(Problems.type("http-" + statusCode.value()));
            }
            return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
        }
        return response;
    }

    private ProblemDetail unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonBodyLimit.BodyTooLarge tooLarge) {
                return JsonBodyLimit.tooLarge(tooLarge.limit());
            }
        }
        if (cause instanceof ValueInstantiationException vie && rootOf(vie) instanceof InvalidInput invalid) {
            return prefixed(invalid, path(vie));
        }
        if (cause instanceof ValueInstantiationException vie && rootOf(vie) instanceof DomainException domain) {
            return Problems.of(HttpStatus.BAD_REQUEST, domain.type(), domain.getMessage());
        }
        if (cause instanceof RequestValueChecks.UnacceptableValue value) {
            // The same problem, worded the same, as the command's own check would report.
            InvalidInput invalid = InvalidInput.of(path(value).isEmpty() ? "body" : path(value),
                    value.getOriginalMessage());
            return Problems.of(HttpStatus.BAD_REQUEST, invalid.type(), invalid.getMessage(), invalid.properties());
        }
        if (cause instanceof InvalidFormatException ife) {
            String field = path(ife);
            Class<?> target = ife.getTargetType();
            String detail = (field.isEmpty() ? "A value" : "'" + field + "'") + " must be " + describe(target)
                    + ", not '" + ife.getValue() + "'.";
            return invalidInput(field, detail);
        }
        if (cause instanceof UnrecognizedPropertyException upe) {
            return invalidInput(path(upe), "Unknown field '" + upe.getPropertyName() + "'.");
        }
        if (cause instanceof MismatchedInputException mie) {
            String field = path(mie);
            String expected = mie.getTargetType() != null ? describe(mie.getTargetType()) : "a different kind of value";
            return invalidInput(field, (field.isEmpty() ? "The request body" : "'" + field + "'") + " must be "
                    + expected + ".");
        }
        if (cause instanceof StreamReadException sre) {
            String where = sre.getLocation() != null
                    ? " (line " + sre.getLocation().getLineNr() + ", column " + sre.getLocation().getColumnNr() + ")"
                    : "";
            return Problems.of(HttpStatus.BAD_REQUEST, "malformed-json", "The request body is not valid JSON" + where
                    + ": " + sre.getOriginalMessage());
        }
        if (cause instanceof JacksonException je) {
            return invalidInput(path(je), je.getOriginalMessage());
        }
        return Problems.of(HttpStatus.BAD_REQUEST, "malformed-json",
                "The request body is missing or is not valid JSON.");
    }

    private ProblemDetail invalidInput(String field, String message) {
        InvalidInput invalid = InvalidInput.of(field.isEmpty() ? "body" : field, message);
        return Problems.of(HttpStatus.BAD_REQUEST, invalid.type(), message, invalid.properties());
    }

    private ProblemDetail prefixed(InvalidInput invalid, String path) {
        List<InvalidInput.FieldProblem> problems = new ArrayList<>();
        for (InvalidInput.FieldProblem p : invalid.problems()) {
            problems.add(new InvalidInput.FieldProblem(path.isEmpty() ? p.field() : path + "." + p.field(),
                    p.message()));
        }
        InvalidInput prefixed = new InvalidInput(problems);
        return Problems.of(HttpStatus.BAD_REQUEST, prefixed.type(), prefixed.getMessage(), prefixed.properties());
    }

    private static Throwable rootOf(Throwable t) {
        Throwable current = t;
        while (current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
            if (current instanceof DomainException) {
                return current;
            }
        }
        return current;
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(ProblemHandler::enumName)
                    .collect(Collectors.joining(", "));
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type == java.time.Instant.class) {
            return "an ISO-8601 instant such as 2024-03-05T10:00:00+03:00";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a JSON array";
        }
        if (type == String.class) {
            return "a string";
        }
        return "a JSON object";
    }

    private static String enumName(Object constant) {
        // Enums with a JSON spelling different from the Java name (e.g. TLP:AMBER) say so via toString.
        return constant.toString();
    }

    private static ResponseEntity<Object> problem(ProblemDetail detail) {
        return ResponseEntity.status(detail.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
    }
}
