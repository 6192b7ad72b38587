package org.forewarn.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The benchmark's webhook receiver: a small HTTP/1.1 server on 127.0.0.1 (thread per connection,
 * keep-alive) that answers every POST with 200 and counts requests, distinct Idempotency-Keys and
 * duplicates. {@code GET /stats} reports them; {@code GET /reset} clears them.
 *
 * <pre>java -cp target/test-classes org.forewarn.bench.Sink PORT</pre>
 */
public final class Sink {

    private static final byte[] OK = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private final ConcurrentHashMap<String, Boolean> keys = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong firstAt = new AtomicLong();
    private final AtomicLong lastAt = new AtomicLong();

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        new Sink().serve(port);
    }

    void serve(int port) throws IOException {
        try (ServerSocket server = new ServerSocket(port, 1024, InetAddress.getLoopbackAddress())) {
            System.out.println("sink listening on 127.0.0.1:" + port);
            while (true) {
                Socket socket = server.accept();
                socket.setTcpNoDelay(true);
                Thread thread = new Thread(() -> handle(socket), "sink-conn");
                thread.setDaemon(true);
                thread.start();
            }
        }
    }

    private void handle(Socket socket) {
        try (socket; InputStream in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
             OutputStream out = socket.getOutputStream()) {
            StringBuilder line = new StringBuilder();
            while (true) {
                String requestLine = readLine(in, line);
                if (requestLine == null) {
                    return;
                }
                int contentLength = 0;
                String key = null;
                String header;
                while ((header = readLine(in, line)) != null && !header.isEmpty()) {
                    int colon = header.indexOf(':');
                    if (colon > 0) {
                        String name = header.substring(0, colon).trim();
                        if (name.equalsIgnoreCase("Content-Length")) {
                            contentLength = Integer.parseInt(header.substring(colon + 1).trim());
                        } else if (name.equalsIgnoreCase("Idempotency-Key")) {
                            key = header.substring(colon + 1).trim();
                        }
                    }
                }
                in.skipNBytes(contentLength);
                if (requestLine.startsWith("GET /stats")) {
                    respond(out, stats());
                } else if (requestLine.startsWith("GET /reset")) {
                    keys.clear();
                    requests.set(0);
                    duplicates.set(0);
                    firstAt.set(0);
                    lastAt.set(0);
                    respond(out, stats());
                } else {
                    long now = System.currentTimeMillis();
                    firstAt.compareAndSet(0, now);
                    lastAt.set(now);
                    requests.incrementAndGet();
                    if (key != null && keys.putIfAbsent(key, Boolean.TRUE) != null) {
                        duplicates.incrementAndGet();
                    }
                    out.write(OK);
                    out.flush();
                }
            }
        } catch (IOException e) {
            // client went away
        }
    }

    private String stats() {
        return "{\"requests\":" + requests.get() + ",\"distinctKeys\":" + keys.size() + ",\"duplicates\":"
                + duplicates.get() + ",\"firstAt\":" + firstAt.get() + ",\"lastAt\":" + lastAt.get() + "}";
    }

    private static void respond(OutputStream out, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    private static String readLine(InputStream in, StringBuilder line) throws IOException {
        line.setLength(0);
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                int end = line.length();
                if (end > 0 && line.charAt(end - 1) == '\r') {
                    line.setLength(end - 1);
                }
                return line.toString();
            }
            line.append((char) c);
        }
        return line.isEmpty() ? null : line.toString();
    }
}
