package org.forewarn.console;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.forewarn.shared.web.ConsolePages;
import org.forewarn.shared.web.ProblemHandler;
import org.forewarn.shared.web.Problems;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Failures of console requests become the console's error page, never the API's problem+json.
 * What a failure means (its status, what to tell the person) is worked out once, by
 * {@link ProblemHandler}, for the API and the console alike; this only shows it as a page. It
 * covers what console pages throw, what Spring MVC raises before reaching one (a page that does not
 * exist, a method a page does not take) and, through Spring Boot's {@code /error}, what the
 * security filters refuse (a form sent without its CSRF token). Tomcat's own refusals get a plain
 * page from {@code ProblemErrorReportValve}. Which requests get a page: {@link ConsolePages}.
 */
@Component
class ConsoleErrorPages implements HandlerExceptionResolver, ErrorViewResolver, Ordered {

    private final ProblemHandler problems;
    private final ConsoleAdvice console;

    ConsoleErrorPages(ProblemHandler problems, ConsoleAdvice console) {
        this.problems = problems;
        this.console = console;
    }

    /** Before Spring MVC's own resolvers, which would answer with problem+json; after Boot's, which only notes the failure. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception e) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!ConsolePages.answerWithPage(path, request.getHeader("Accept"))) {
            return null;
        }
        ProblemDetail problem = problems.problemFor(e, new ServletWebRequest(request, response));
        if (problem == null) {
            return null;
        }
        response.setStatus(problem.getStatus());
        return page(problem.getStatus(), problem.getDetail());
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(path instanceof String uri)
                || !ConsolePages.answerWithPage(uri.substring(request.getContextPath().length()),
                request.getHeader("Accept"))) {
            return null;
        }
        String message = status == HttpStatus.FORBIDDEN
                && request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException
                ? "The form was sent without a valid security token; it may have expired. Reload the page and "
                + "send it again."
                : Problems.describe(status.value());
        return page(status.value(), message);
    }

    private ModelAndView page(int status, String message) {
        ModelAndView page = new ModelAndView("console/error", HttpStatusCode.valueOf(status));
        page.addObject("currentRoles", console.currentRoles());
        page.addObject("me", console.me());
        page.addObject("status", status);
        page.addObject("heading", status == 403 ? "Not allowed" : status == 404 ? "Not found"
                : status >= 500 ? "Something went wrong" : "Refused");
        page.addObject("message", message);
        return page;
    }
}
