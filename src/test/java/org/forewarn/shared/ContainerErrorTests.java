package org.forewarn.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.forewarn.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests Tomcat refuses before any Forewarn code runs still get problem+json, never the
 * container's HTML page (a browser asking for a console page gets the console's plain error page).
 * Sent over a raw socket, byte for byte, as an attacker would.
 */
class ContainerErrorTests extends IntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void malformedPathsAndOverlongRequestsAreAnsweredWithProblemJson() throws IOException {
        for (String target : List.of("/api/v1/threats/%2F", "/api/v1/threats/%00", "/alerts/%2e%2e%2F%00",
                "/api/v1/threats?q=" + "a".repeat(20_000), "/console/" + "x".repeat(70_000))) {
            String response = send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            String head = response.substring(0, Math.min(200, response.length()));

            assertThat(response).as(head).startsWith("HTTP/1.1 4");
            assertThat(response.toLowerCase()).as(head).contains("content-type: application/problem+json");
            assertThat(response).as(head).contains("\"status\":4").doesNotContain("<html", "Apache Tomcat");
        }
    }

    @Test
    void aBrowserAskingForAConsolePageGetsAPageInsteadOfProblemJson() throws IOException {
        String page = send("GET /console/%2F HTTP/1.1\r\nHost: localhost\r\nAccept: text/html,*/*;q=0.8"
                + "\r\nConnection: close\r\n\r\n");
        String problem = send("GET /console/%2F HTTP/1.1\r\nHost: localhost\r\nAccept: application/json"
                + "\r\nConnection: close\r\n\r\n");

        assertThat(page).startsWith("HTTP/1.1 400");
        assertThat(page.toLowerCase()).contains("content-type: text/html");
        assertThat(page).contains("<h1>Bad Request</h1>", "Check the URL", "href=\"/console\"")
                .doesNotContain("\"status\":", "Apache Tomcat");
        assertThat(problem).startsWith("HTTP/1.1 400");
        assertThat(problem.toLowerCase()).contains("content-type: application/problem+json");
    }

    @Test
    void jsonBodiesLargerThanTwoMegabytesAreRefusedBeforeTheyAreParsed() throws IOException {
        String body = "{\"title\":\"" + "x".repeat(3_000_000) + "\"}";
        String auth = java.util.Base64.getEncoder().encodeToString((org.forewarn.testing.TestUsers.ANALYST + ":"
                + org.forewarn.testing.TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
        for (String framing : List.of("Content-Length: " + body.length() + "\r\n", "Transfer-Encoding: chunked\r\n")) {
            String payload = framing.startsWith("Transfer") ? Integer.toHexString(body.length()) + "\r\n" + body
                    + "\r\n0\r\n\r\n" : body;
            String response = send("POST /api/v1/threats HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Authorization: Basic " + auth + "\r\nContent-Type: application/json\r\n" + framing + "\r\n"
                    + payload);

            assertThat(response).as(framing).startsWith("HTTP/1.1 413");
            assertThat(response).as(framing).contains("body-too-large");
        }
    }

    private String send(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
