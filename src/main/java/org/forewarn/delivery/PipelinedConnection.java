package org.forewarn.delivery;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One keep-alive HTTP/1.1 connection to one origin that sends several POSTs back to back and then
 * reads their answers in order (pipelining, RFC 9112 section 9.3.2): one write and a few reads for
 * many messages instead of a round trip each. Used only for receivers configured as able to take it
 * ({@code forewarn.delivery.pipelined-origins}); every request carries its idempotency key, so a
 * request the receiver never answered is simply sent again.
 */
final class PipelinedConnection implements Closeable {

    private static final byte[] CRLF = {'\r', '\n'};

    private final String origin;
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final byte[] hostLine;
    private boolean open = true;
    private String failure;

    /** A request: the path on the origin, its headers and its JSON body. */
    record Request(String path, Map<String, String> headers, byte[] body) {
    }

    private PipelinedConnection(String origin, Socket socket, String host) throws IOException {
        this.origin = origin;
        this.socket = socket;
        this.out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
        this.in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
        this.hostLine = ("Host: " + host + "\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** The origin ({@code scheme://host:port}) of an absolute http(s) URL. */
    static String originOf(URI uri) {
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }

    static PipelinedConnection open(URI uri, Duration timeout) throws IOException {
        String origin = originOf(uri);
        int port = Integer.parseInt(origin.substring(origin.lastIndexOf(':') + 1));
        boolean tls = origin.startsWith("https:");
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(uri.getHost(), port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            socket.setTcpNoDelay(true);
            if (tls) {
                SSLSocket ssl = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault())
                        .createSocket(socket, uri.getHost(), port, true);
                SSLParameters parameters = ssl.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS"); // the certificate must name the host
                ssl.setSSLParameters(parameters);
                ssl.startHandshake();
                socket = ssl;
            }
            boolean defaultPort = port == (tls ? 443 : 80);
            return new PipelinedConnection(origin, socket, uri.getHost() + (defaultPort ? "" : ":" + port));
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    String origin() {
        return origin;
    }

    boolean isOpen() {
        return open;
    }

    /**
     * Writes every request, then reads the answers in order. The list returned holds one outcome per
     * request answered, in order. It is shorter when the receiver closed the connection or an I/O
     * error came first; the connection is then closed, {@link #failure()} says why, and the requests
     * not answered are to be sent again (under the same keys, so a receiver that did process one
     * recognises it).
     */
    List<Outcome> exchange(List<Request> requests, String userAgent) {
        List<Outcome> outcomes = new ArrayList<>(requests.size());
        if (!open) {
            return outcomes;
        }
        try {
            for (Request request : requests) {
                write(request, userAgent);
            }
            out.flush();
            for (int i = 0; i < requests.size() && open; i++) {
                outcomes.add(readResponse());
            }
            if (outcomes.size() < requests.size() && failure == null) {
                failure = origin + " closed the connection after " + outcomes.size() + " of " + requests.size()
                        + " answers";
            }
        } catch (IOException | RuntimeException e) {
            failure = e.getClass().getSimpleName() + " talking to " + origin
                    + (e.getMessage() != null ? ": " + e.getMessage() : "");
            close();
        }
        return outcomes;
    }

    /** Why the last exchange ended early, or null. */
    String failure() {
        return failure;
    }

    private void write(Request request, String userAgent) throws IOException {
        out.write(("POST " + request.path() + " HTTP/1.1\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(hostLine);
        header("User-Agent", userAgent);
        header("Content-Type", "application/json; charset=UTF-8");
        header("Content-Length", Integer.toString(request.body().length));
        for (var h : request.headers().entrySet()) {
            header(h.getKey(), h.getValue());
        }
        out.write(CRLF);
        out.write(request.body());
    }

    private void header(String name, String value) throws IOException {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n') {
                throw new IllegalArgumentException("header " + name + " contains a line break");
            }
        }
        out.write(name.getBytes(StandardCharsets.US_ASCII));
        out.write(':');
        out.write(' ');
        out.write(value.getBytes(StandardCharsets.UTF_8));
        out.write(CRLF);
    }

    private Outcome readResponse() throws IOException {
        String statusLine;
        int status;
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        String requestId = null;
        do { // 1xx answers are interim; the final one follows
            statusLine = line();
            if (!statusLine.startsWith("HTTP/1.")) {
                throw new IOException("not an HTTP/1.x answer from " + origin + ": " + abbreviate(statusLine));
            }
            close = statusLine.startsWith("HTTP/1.0");
            status = Integer.parseInt(statusLine.substring(9, 12));
            String header;
            while (!(header = line()).isEmpty()) {
                int colon = header.indexOf(':');
                if (colon <= 0) {
                    continue;
                }
                String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> close = value.equalsIgnoreCase("close") || (close
                            && !value.equalsIgnoreCase("keep-alive"));
                    case "x-request-id" -> requestId = value;
                    default -> {
                    }
                }
            }
        } while (status >= 100 && status < 200);
        if (chunked) {
            skipChunked();
        } else if (length >= 0) {
            skip(length);
        } else if (status != 204 && status != 304) {
            in.transferTo(OutputStream.nullOutputStream()); // the body runs to the end of the connection
            close = true;
        }
        if (close) {
            close();
        }
        return Outcome.ofHttpStatus(status, requestId != null ? requestId : "HTTP " + status, true, origin);
    }

    private void skipChunked() throws IOException {
        while (true) {
            String size = line();
            int semicolon = size.indexOf(';');
            long n = Long.parseLong((semicolon >= 0 ? size.substring(0, semicolon) : size).trim(), 16);
            if (n == 0) {
                while (!line().isEmpty()) {
                    // trailers
                }
                return;
            }
            skip(n);
            line();
        }
    }

    private void skip(long n) throws IOException {
        long left = n;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new EOFException("connection to " + origin + " closed inside an answer");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    private final ByteArrayOutputStream lineBuffer = new ByteArrayOutputStream(128);

    private String line() throws IOException {
        lineBuffer.reset();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                int size = lineBuffer.size();
                byte[] bytes = lineBuffer.toByteArray();
                return new String(bytes, 0, size > 0 && bytes[size - 1] == '\r' ? size - 1 : size,
                        StandardCharsets.ISO_8859_1);
            }
            if (lineBuffer.size() > 16 * 1024) {
                throw new IOException("an answer line from " + origin + " longer than 16 kB");
            }
            lineBuffer.write(c);
        }
        throw new EOFException("connection to " + origin + " closed before the answer");
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }

    @Override
    public void close() {
        open = false;
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
