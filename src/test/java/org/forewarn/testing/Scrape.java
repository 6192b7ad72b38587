package org.forewarn.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /actuator/prometheus} read over real HTTP, as Prometheus reads it, with the metrics
 * credential; samples are looked up by name and labels.
 */
public final class Scrape {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final Map<String, Double> samples;

    private Scrape(Map<String, Double> samples) {
        this.samples = samples;
    }

    /** GET with HTTP Basic (or none, if {@code user} is null); the answer as it came. */
    public static HttpResponse<String> get(int port, String path, String user, String password) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Scrapes the application on {@code port} with the tests' metrics credential. */
    public static Scrape of(int port) {
        return of(port, "prometheus", ApplicationTest.METRICS_PASSWORD);
    }

    public static Scrape of(int port, String user, String password) {
        HttpResponse<String> response = get(port, "/actuator/prometheus", user, password);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Scrape answered " + response.statusCode() + ": " + response.body());
        }
        return parse(response.body());
    }

    public static Scrape parse(String text) {
        Map<String, Double> samples = new HashMap<>();
        for (String line : text.split("\n")) {
            Matcher sample = SAMPLE.matcher(line.strip());
            if (line.startsWith("#") || !sample.matches()) {
                continue;
            }
            Map<String, String> labels = new TreeMap<>();
            if (sample.group(2) != null) {
                Matcher label = LABEL.matcher(sample.group(2));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
            }
            samples.put(key(sample.group(1), labels), Double.parseDouble(sample.group(3)));
        }
        return new Scrape(samples);
    }

    /**
     * The sample of this name with exactly these labels ({@code "channel", "email", ...}).
     *
     * @throws AssertionError if there is none
     */
    public double value(String name, String... labels) {
        Map<String, String> wanted = new TreeMap<>();
        for (int i = 0; i + 1 < labels.length; i += 2) {
            wanted.put(labels[i], labels[i + 1]);
        }
        Double value = samples.get(key(name, wanted));
        if (value == null) {
            throw new AssertionError("No sample " + key(name, wanted) + " in the scrape");
        }
        return value;
    }

    private static String key(String name, Map<String, String> labels) {
        return name + labels;
    }
}
