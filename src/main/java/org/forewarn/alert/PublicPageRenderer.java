package org.forewarn.alert;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.security.Principal;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;

/**
 * Renders a public page to text, to be cached and served to everyone: through the same view as
 * Spring MVC would use (links, context path), but as nobody in particular — no session, no
 * sign-in, one fixed locale — and without touching the response it is rendered for, whose headers
 * come from the cached document.
 */
@Component
class PublicPageRenderer {

    /** The public pages are written in English; the language blocks carry their own {@code lang}. */
    static final Locale LOCALE = Locale.ENGLISH;

    private final ThymeleafViewResolver views;

    PublicPageRenderer(ThymeleafViewResolver views) {
        this.views = views;
    }

    String render(String viewName, Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) {
        try {
            View view = views.resolveViewName(viewName, LOCALE);
            if (view == null) {
                throw new IllegalStateException("No template " + viewName);
            }
            Captured captured = new Captured(response);
            view.render(model, new Anonymous(request), captured);
            return captured.text();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Could not render " + viewName, e);
        }
    }

    /** The request as any reader's: no session, no principal, the pages' locale. */
    private static final class Anonymous extends HttpServletRequestWrapper {

        Anonymous(HttpServletRequest request) {
            super(request);
        }

        @Override
        public HttpSession getSession(boolean create) {
            if (create) {
                throw new IllegalStateException("A public page is rendered for everyone and must not need a session");
            }
            return null;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public String getRequestedSessionId() {
            return null;
        }

        @Override
        public boolean isRequestedSessionIdValid() {
            return false;
        }

        @Override
        public Principal getUserPrincipal() {
            return null;
        }

        @Override
        public String getRemoteUser() {
            return null;
        }

        @Override
        public boolean isUserInRole(String role) {
            return false;
        }

        @Override
        public Locale getLocale() {
            return LOCALE;
        }

        @Override
        public Enumeration<Locale> getLocales() {
            return Collections.enumeration(List.of(LOCALE));
        }
    }

    /** Keeps what the view writes; headers and status stay the cached document's. Links are encoded as usual. */
    private static final class Captured extends HttpServletResponseWrapper {

        private final StringWriter text = new StringWriter();
        private final PrintWriter writer = new PrintWriter(text);

        Captured(HttpServletResponse response) {
            super(response);
        }

        String text() {
            writer.flush();
            return text.toString();
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            throw new IllegalStateException("A public page is written as text");
        }

        @Override
        public void setContentType(String type) {
        }

        @Override
        public void setCharacterEncoding(String charset) {
        }

        @Override
        public void setLocale(Locale locale) {
        }

        @Override
        public void setContentLength(int length) {
        }

        @Override
        public void setContentLengthLong(long length) {
        }

        @Override
        public void setHeader(String name, String value) {
        }

        @Override
        public void addHeader(String name, String value) {
        }

        @Override
        public void setIntHeader(String name, int value) {
        }

        @Override
        public void addIntHeader(String name, int value) {
        }

        @Override
        public void setDateHeader(String name, long date) {
        }

        @Override
        public void addDateHeader(String name, long date) {
        }

        @Override
        public void setStatus(int status) {
        }

        @Override
        public void flushBuffer() {
            writer.flush();
        }

        @Override
        public void resetBuffer() {
            writer.flush();
            text.getBuffer().setLength(0);
        }

        @Override
        public boolean isCommitted() {
            return false;
        }
    }
}
