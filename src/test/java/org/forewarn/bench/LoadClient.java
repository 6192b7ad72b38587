package org.forewarn.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The baseline: a plain load client that POSTs {@code count} webhook-sized requests to the sink
 * as fast as it can, with the same HTTP client settings and concurrency as Forewarn's fan-out.
 */
public final class LoadClient {

    public record Result(long requests, long failures, long millis) {
        double perSecond() {
            return requests * 1000.0 / Math.max(1, millis);
        }
    }

    public static Result run(String url, long count, int concurrency, String body) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Semaphore inFlight = new Semaphore(concurrency);
        AtomicLong failures = new AtomicLong();
        long started = System.nanoTime();
        for (long i = 0; i < count; i++) {
            inFlight.acquire();
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json").header("Idempotency-Key", "load-" + i)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            CompletableFuture<HttpResponse<Void>> f = http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
            f.whenComplete((r, e) -> {
                if (e != null || r.statusCode() != 200) {
                    failures.incrementAndGet();
                }
                inFlight.release();
            });
        }
        inFlight.acquire(concurrency);
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new Result(count, failures.get(), millis);
    }

    public static void main(String[] args) throws InterruptedException {
        Result r = run(args[0], Long.parseLong(args[1]), Integer.parseInt(args.length > 2 ? args[2] : "256"),
                "{\"type\":\"forewarn.public-alert/v1\",\"headline\":\"" + "x".repeat(400) + "\"}");
        System.out.printf("%d requests in %d ms: %.0f/s, %d failures%n", r.requests(), r.millis(), r.perSecond(),
                r.failures());
    }
}
