package org.forewarn.bench;

import java.util.concurrent.atomic.AtomicLong;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;

public final class ApacheLoadClient {
    public static void main(String[] args) throws Exception {
        String url = args[0];
        long count = Long.parseLong(args[1]);
        int threads = Integer.parseInt(args[2]);
        CloseableHttpClient http = HttpClients.custom().setConnectionManager(PoolingHttpClientConnectionManagerBuilder
                .create().setMaxConnTotal(threads).setMaxConnPerRoute(threads).build()).build();
        AtomicLong next = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        String body = "{\"type\":\"forewarn.public-alert/v1\",\"headline\":\"" + "x".repeat(400) + "\"}";
        long started = System.nanoTime();
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            workers[t] = new Thread(() -> {
                long i;
                while ((i = next.getAndIncrement()) < count) {
                    HttpPost post = new HttpPost(url);
                    post.setHeader("Idempotency-Key", "apache-" + i);
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
        long ms = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("%d requests in %d ms: %.0f/s, %d failures%n", count, ms, count * 1000.0 / ms, failures.get());
    }
}
