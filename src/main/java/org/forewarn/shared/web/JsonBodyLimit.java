package org.forewarn.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps JSON request bodies ({@code forewarn.web.max-json-body}, default 2 MB: a warning of 20,000
 * characters with a 1,000-point area is well under 100 kB), so nobody makes the server read and parse
 * megabytes only to refuse them field by field. CSV imports and console uploads have their own limits.
 */
@Component
@EnableConfigurationProperties(WebProperties.class)
class JsonBodyLimit extends OncePerRequestFilter {

    private final long limit;

    JsonBodyLimit(WebProperties properties) {
        this.limit = properties.maxJsonBody().toBytes();
    }

    /** Thrown while reading a body that turns out longer than the limit. */
    static final class BodyTooLarge extends IOException {
        private final long limit;

        BodyTooLarge(long limit) {
            super("The request body is larger than " + limit + " bytes.");
            this.limit = limit;
        }

        long limit() {
            return limit;
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !(type.toLowerCase().startsWith("application/json") || type.toLowerCase().contains("+json"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/taxii2/")) {
                TaxiiResponses.writeError(response, 413, "Content too large", "The request body is larger than "
                        + limit + " bytes, the API root's max_content_length. Send fewer objects at a time.");
                return;
            }
            ProblemResponses.write(response, tooLarge(limit));
            return;
        }
        chain.doFilter(new Capped(request, limit), response);
    }

    static org.springframework.http.ProblemDetail tooLarge(long limit) {
        return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "The request body is larger than "
                + DataSize.ofBytes(limit).toKilobytes() + " kB, the most a JSON request may carry. Send less.");
    }

    private static final class Capped extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Capped(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws BodyTooLarge {
                        read += n;
                        if (read > limit) {
                            throw new BodyTooLarge(limit);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
