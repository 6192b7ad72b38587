package org.forewarn.taxii;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.forewarn.shared.DomainException;
import org.forewarn.shared.web.TaxiiResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every refusal of the TAXII server is a TAXII error message in the TAXII media type, never a
 * {@code problem+json}: a request that does not accept TAXII 2.1 gets 406 (before anything is read),
 * a body of another type 415, and everything refused further in 400, 403, 404 or 405.
 */
@RestControllerAdvice(assignableTypes = TaxiiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TaxiiErrors {

    private static final Logger log = LoggerFactory.getLogger(TaxiiErrors.class);

    static ResponseEntity<Object> error(int status, String title, String description) {
        return ResponseEntity.status(status).contentType(MediaType.parseMediaType(TaxiiResponses.MEDIA_TYPE))
                .body(TaxiiResponses.error(status, title, description));
    }

    @ExceptionHandler(TaxiiException.class)
    ResponseEntity<Object> refused(TaxiiException e) {
        return error(e.status(), e.title(), e.getMessage());
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Object> domain(DomainException e) {
        int status = switch (e.kind()) {
            case INVALID_INPUT -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case RULE_VIOLATION -> 422;
            case TOO_MANY_REQUESTS -> 429;
        };
        return error(status, e.type(), e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> denied(AccessDeniedException e) {
        return error(403, "Forbidden", "Your account may not use the TAXII server.");
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<Object> unreadable(Exception e) {
        return error(400, "Bad request", "The request could not be read: send a TAXII envelope as JSON, "
                + "{\"objects\": [ ... ]}, and well-formed parameters.");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Object> method(HttpRequestMethodNotSupportedException e) {
        return error(405, "Method not allowed", "This TAXII endpoint does not support " + e.getMethod() + ".");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        String reference = UUID.randomUUID().toString();
        log.error("Unexpected TAXII failure, reference {}", reference, e);
        return error(500, "Internal error", "Something went wrong on the server. Quote reference " + reference
                + " to Forewarn's administrators.");
    }

    /** Checks the media types before the handler reads anything. */
    @Configuration(proxyBeanMethods = false)
    static class MediaTypeCheck implements WebMvcConfigurer {

        @Override
        public void addInterceptors(InterceptorRegistry registry) {
            registry.addInterceptor(new HandlerInterceptor() {
                @Override
                public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                        throws Exception {
                    if (!(handler instanceof HandlerMethod method) || method.getBeanType() != TaxiiController.class) {
                        return true;
                    }
                    if (!TaxiiMediaTypes.acceptable(request.getHeader("Accept"))) {
                        TaxiiResponses.writeError(response, 406, "Not acceptable",
                                "This TAXII 2.1 server answers only in " + TaxiiResponses.MEDIA_TYPE
                                        + ": send it in the Accept header.");
                        return false;
                    }
                    if (request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null
                            || "POST".equals(request.getMethod())) {
                        if (!TaxiiMediaTypes.supportedBody(request.getContentType())) {
                            TaxiiResponses.writeError(response, 415, "Unsupported media type",
                                    "Send the envelope as " + TaxiiResponses.MEDIA_TYPE + ".");
                            return false;
                        }
                    }
                    return true;
                }
            }).addPathPatterns("/taxii2/**");
        }
    }
}
