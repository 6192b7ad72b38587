package org.forewarn.bench;

import java.util.concurrent.atomic.AtomicLong;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;

/**
 * The sink baseline: a plain load client POSTing webhook-sized requests as fast as it can, with the
 * same HTTP client (Apache HttpClient 5, pooled, blocking) and thread count as Forewarn's fan-out,
 * and nothing else: no database, no throttling, no bookkeeping.
 *
 * <pre>java -cp ... org.forewarn.bench.LoadClient URL COUNT [THREADS]</pre>
 */
public final class LoadClient {

    public record Result(long requests, long failures, long millis) {
        public double perSecond() {
            return requests * 1000.0 / Math.max(1, millis);
        }
    }

    public static Result run(String url, long count, int threads, String body) throws InterruptedException {
        CloseableHttpClient http = HttpClients.custom().setConnectionManager(PoolingHttpClientConnectionManagerBuilder
                .create().setMaxConnTotal(threads).setMaxConnPerRoute(threads).build())
                .disableAutomaticRetries().build();
        AtomicLong next = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        long started = System.nanoTime();
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            workers[t] = new Thread(() -> {
                long i;
                while ((i = next.getAndIncrement()) < count) {
                    HttpPost post = new HttpPost(url);
                    post.setHeader("Idempotency-Key", "load-" + i);
                    post.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
                    try {
                        int status = http.execute(post, response -> {
                            EntityUtils.consume(response.getEntity());
                            return response.getCode();
                        });
                        if (status != 200) {
                            failures.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                }
            });
            workers[t].start();
        }
        for (Thread w : workers) {
            w.join();
        }
        return new Result(count, failures.get(), (System.nanoTime() - started) / 1_000_000);
    }

    public static void main(String[] args) throws InterruptedException {
        Result r = run(args[0], Long.parseLong(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 16,
                "{\"type\":\"forewarn.public-alert/v1\",\"headline\":\"" + "x".repeat(400) + "\"}");
        System.out.printf("%d requests in %d ms: %.0f/s, %d failures%n", r.requests(), r.millis(), r.perSecond(),
                r.failures());
    }
}
