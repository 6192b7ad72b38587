package org.forewarn.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import org.forewarn.shared.ChannelType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * HTTP/1.1 pipelining against a real receiver on a socket: requests written back to back on one
 * connection, answers read in order, and a receiver that hangs up part-way costs nothing but a retry
 * of what it did not answer.
 */
class PipeliningTests {

    private Receiver receiver;

    @AfterEach
    void stop() throws IOException {
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void aBatchGoesOutBackToBackOnFewConnectionsAndEveryAnswerIsMatchedToItsMessage() throws Exception {
        receiver = new Receiver(n -> n % 10 == 7 ? "HTTP/1.1 503 Busy\r\nContent-Length: 4\r\n\r\nbusy"
                : n % 10 == 8 ? "HTTP/1.1 400 Bad\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nbad\r\n0\r\n\r\n"
                : "HTTP/1.1 200 OK\r\nX-Request-Id: r" + n + "\r\nContent-Length: 0\r\n\r\n", Integer.MAX_VALUE);
        HttpTransport http = transport(receiver.origin(), 16);
        List<String> addresses = new ArrayList<>();
        List<Map<String, String>> headers = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            addresses.add(receiver.origin() + "/person/" + i + "?q=1");
            headers.add(Map.of("Idempotency-Key", "key-" + i));
            bodies.add("{\"n\":" + i + ",\"text\":\"Привет\"}");
        }

        List<Outcome> outcomes = http.postJsonPipelined(addresses, headers, bodies, unlimited());

        assertThat(outcomes).hasSize(100);
        assertThat(receiver.requests).hasSize(100);
        for (int i = 0; i < 100; i++) {
            Receiver.Request got = receiver.requests.get(i);
            assertThat(got.line()).isEqualTo("POST /person/" + i + "?q=1 HTTP/1.1");
            assertThat(got.key()).isEqualTo("key-" + i);
            assertThat(got.body()).isEqualTo(bodies.get(i));
            Outcome.Result expected = i % 10 == 7 ? Outcome.Result.RETRY
                    : i % 10 == 8 ? Outcome.Result.REFUSED : Outcome.Result.DELIVERED;
            assertThat(outcomes.get(i).result()).as("message %d", i).isEqualTo(expected);
        }
        assertThat(outcomes.get(0).detail()).isEqualTo("r0");
        assertThat(receiver.connections.get()).as("16 requests per connection").isLessThanOrEqualTo(7);
        http.destroy();
    }

    @Test
    void aReceiverThatHangsUpPartWayLeavesTheRestToRetryAndTheNextWindowReconnects() throws Exception {
        receiver = new Receiver(n -> "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", 5);
        HttpTransport http = transport(receiver.origin(), 8);
        List<String> addresses = Collections.nCopies(16, receiver.origin() + "/hook");
        List<Map<String, String>> headers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            headers.add(Map.of("Idempotency-Key", "key-" + i));
        }

        List<Outcome> outcomes = http.postJsonPipelined(addresses, headers, Collections.nCopies(16, "{}"), unlimited());

        assertThat(outcomes).hasSize(16);
        assertThat(outcomes.subList(0, 5)).allMatch(o -> o.result() == Outcome.Result.DELIVERED);
        assertThat(outcomes.subList(5, 8)).allMatch(o -> o.result() == Outcome.Result.RETRY);
        assertThat(outcomes.get(5).detail()).contains("closed");
        assertThat(outcomes.subList(8, 13)).allMatch(o -> o.result() == Outcome.Result.DELIVERED);
        assertThat(outcomes.subList(13, 16)).allMatch(o -> o.result() == Outcome.Result.RETRY);
        assertThat(receiver.connections.get()).isEqualTo(2);
        http.destroy();
    }

    @Test
    void onlyConfiguredOriginsArePipelined() throws Exception {
        receiver = new Receiver(n -> "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", Integer.MAX_VALUE);
        HttpTransport http = transport(receiver.origin(), 8);
        assertThat(http.pipelinedOrigin(receiver.origin() + "/any/path")).isEqualTo(receiver.origin());
        assertThat(http.pipelinedOrigin("http://elsewhere.example/hook")).isNull();
        assertThat(http.pipelinedOrigin("not a url")).isNull();
        http.destroy();
    }

    private static HttpTransport transport(String origin, int depth) {
        return new HttpTransport(new DeliveryProperties(3, Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(5), "forewarn@localhost", null,
                List.of(origin), depth, Map.<ChannelType, DeliveryProperties.ChannelSettings>of()));
    }

    private static Pacer unlimited() {
        return new Pacer() {
            @Override
            public boolean take(int messages) {
                return true;
            }

            @Override
            public void done() {
            }
        };
    }

    /** A receiver on a plain socket: reads requests as they come, answers each in order. */
    private static final class Receiver implements AutoCloseable {

        record Request(String line, String key, String body) {
        }

        final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger connections = new AtomicInteger();
        private final ServerSocket server;
        private final AtomicInteger answered = new AtomicInteger();

        /** @param perConnection answers per connection before it hangs up without a word */
        Receiver(IntFunction<String> answer, int perConnection) throws IOException {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread accept = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket socket = server.accept();
                        connections.incrementAndGet();
                        Thread t = new Thread(() -> serve(socket, answer, perConnection));
                        t.setDaemon(true);
                        t.start();
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            accept.setDaemon(true);
            accept.start();
        }

        String origin() {
            return "http://127.0.0.1:" + server.getLocalPort();
        }

        private void serve(Socket socket, IntFunction<String> answer, int perConnection) {
            try (socket; InputStream in = new BufferedInputStream(socket.getInputStream());
                 OutputStream out = socket.getOutputStream()) {
                for (int served = 0; served < perConnection; served++) {
                    String line = line(in);
                    if (line == null) {
                        return;
                    }
                    int length = 0;
                    String key = null;
                    String header;
                    while ((header = line(in)) != null && !header.isEmpty()) {
                        String name = header.substring(0, header.indexOf(':')).toLowerCase();
                        String value = header.substring(header.indexOf(':') + 1).trim();
                        if (name.equals("content-length")) {
                            length = Integer.parseInt(value);
                        } else if (name.equals("idempotency-key")) {
                            key = value;
                        }
                    }
                    String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
                    requests.add(new Request(line, key, body));
                    out.write(answer.apply(answered.getAndIncrement()).getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            } catch (IOException e) {
                // the client went away
            }
        }

        private static String line(InputStream in) throws IOException {
            StringBuilder s = new StringBuilder();
            int c;
            while ((c = in.read()) != -1) {
                if (c == '\n') {
                    return s.toString().replace("\r", "");
                }
                s.append((char) c);
            }
            return s.isEmpty() ? null : s.toString();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
