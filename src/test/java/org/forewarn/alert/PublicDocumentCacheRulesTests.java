package org.forewarn.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.forewarn.alert.PublicDocumentCache.Key;
import org.forewarn.alert.PublicDocumentCache.Rendered;
import org.forewarn.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;

/** When a kept document is served, and when it must be rendered again — without a database or a server. */
class PublicDocumentCacheRulesTests {

    private static final Instant T0 = Instant.parse("2024-03-07T18:00:00Z");

    private final MovableClock clock = new MovableClock(T0);
    private final AtomicInteger renderings = new AtomicInteger();

    private PublicDocumentCache cache(Duration refresh, DataSize maxSize) {
        return new PublicDocumentCache(clock, new PublicDocumentProperties(Duration.ofSeconds(10),
                Duration.ofMinutes(5), Duration.ofSeconds(30), Duration.ofDays(1), refresh, maxSize));
    }

    private PublicDocumentCache cache() {
        return cache(Duration.ofMinutes(10), DataSize.ofMegabytes(1));
    }

    /** A feed whose text says when it was rendered and which changes by itself at {@code validUntil}. */
    private Function<Instant, Rendered> document(Instant validUntil) {
        return now -> {
            renderings.incrementAndGet();
            return new Rendered("rendered #" + renderings.get() + " at " + now, MediaType.TEXT_PLAIN, T0, validUntil);
        };
    }

    private static String text(ResponseEntity<byte[]> answer) {
        return new String(answer.getBody(), StandardCharsets.UTF_8);
    }

    @Test
    void aDocumentIsRenderedOnceThenServedFromMemoryWithItsValidators() {
        PublicDocumentCache cache = cache();

        var first = cache.answer(Key.CURRENT_FEED, document(null));
        var second = cache.answer(Key.CURRENT_FEED, document(null));

        assertThat(renderings).hasValue(1);
        assertThat(second.getBody()).isSameAs(first.getBody());
        assertThat(second.getHeaders().getETag()).isEqualTo(first.getHeaders().getETag()).matches("\"[0-9a-f]{32}\"");
        assertThat(second.getHeaders().getLastModified()).isEqualTo(T0.toEpochMilli());
        assertThat(second.getHeaders().getCacheControl())
                .isEqualTo("max-age=10, public, stale-if-error=86400, stale-while-revalidate=30");
        assertThat(cache.stats().hits()).isEqualTo(1);
    }

    @Test
    void aDocumentIsRenderedAgainFromTheInstantItChangesByTimeAlone() {
        PublicDocumentCache cache = cache();
        Instant expiry = T0.plus(Duration.ofMinutes(3));

        cache.answer(Key.CURRENT_FEED, document(expiry));
        clock.set(expiry.minusMillis(1));
        cache.answer(Key.CURRENT_FEED, document(expiry));
        assertThat(renderings).as("still before the expiry").hasValue(1);

        clock.set(expiry);
        assertThat(text(cache.answer(Key.CURRENT_FEED, document(null)))).isEqualTo("rendered #2 at " + expiry);
    }

    @Test
    void aClockReadingEarlierThanTheRenderingNeverGetsIt() {
        PublicDocumentCache cache = cache();
        clock.set(T0.plus(Duration.ofHours(49)));
        cache.answer(Key.CURRENT_FEED, document(null));

        clock.set(T0);
        assertThat(text(cache.answer(Key.CURRENT_FEED, document(null)))).isEqualTo("rendered #2 at " + T0);
    }

    @Test
    void feedsAndPagesAreRenderedAgainAfterTheRefreshButACapDocumentIsKept() {
        PublicDocumentCache cache = cache(Duration.ofSeconds(5), DataSize.ofMegabytes(1));
        Key cap = Key.cap(UUID.randomUUID());
        cache.answer(Key.ARCHIVE_FEED, document(null));
        cache.answer(cap, document(null));

        clock.set(T0.plusSeconds(5));
        cache.answer(Key.ARCHIVE_FEED, document(null));
        cache.answer(cap, document(null));

        assertThat(renderings).as("the feed once more, the CAP document not").hasValue(3);
        assertThat(cache.answer(cap, document(null)).getHeaders().getCacheControl()).startsWith("max-age=300");
    }

    @Test
    void aPublicationEmptiesTheCache() {
        PublicDocumentCache cache = cache();
        cache.answer(Key.CURRENT_FEED, document(null));
        cache.answer(Key.page(UUID.randomUUID()), document(null));

        cache.on(null);

        assertThat(cache.stats().entries()).isZero();
        assertThat(cache.stats().bytes()).isZero();
        assertThat(text(cache.answer(Key.CURRENT_FEED, document(null)))).startsWith("rendered #3");
    }

    @Test
    void aRenderingThatReadTheStateBeforeAPublicationIsNotKept() {
        PublicDocumentCache cache = cache();

        // The publication commits (and invalidates) while this reader renders what it read before.
        var stale = cache.answer(Key.CURRENT_FEED, now -> {
            Rendered before = document(null).apply(now);
            cache.invalidateAll();
            return before;
        });

        assertThat(text(stale)).startsWith("rendered #1");
        assertThat(text(cache.answer(Key.CURRENT_FEED, document(null)))).startsWith("rendered #2");
    }

    @Test
    void whatARenderingThrowsReachesTheReaderAndNothingIsKept() {
        PublicDocumentCache cache = cache();
        Key page = Key.page(UUID.randomUUID());

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> cache.answer(page, now -> {
                renderings.incrementAndGet();
                throw DomainException.notFound("published alert", page.id());
            })).isInstanceOf(DomainException.class);
        }
        assertThat(renderings).hasValue(2);
        assertThat(cache.stats().entries()).isZero();
    }

    @Test
    void theLeastRecentlyReadDocumentsGoWhenMemoryRunsShort() {
        // Each document is counted with 512 bytes of overhead: three fit in 2 kB, not four.
        PublicDocumentCache cache = cache(Duration.ofMinutes(10), DataSize.ofBytes(2048));
        List<Key> keys = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            keys.add(Key.cap(UUID.randomUUID()));
            cache.answer(keys.get(i), document(null));
        }
        cache.answer(keys.get(0), document(null));

        cache.answer(Key.CURRENT_FEED, document(null));

        assertThat(cache.stats().bytes()).isLessThanOrEqualTo(2048);
        int before = renderings.get();
        cache.answer(keys.get(0), document(null));
        cache.answer(Key.CURRENT_FEED, document(null));
        assertThat(renderings).as("the recently read stay").hasValue(before);
        cache.answer(keys.get(1), document(null));
        assertThat(renderings).as("the least recently read went").hasValue(before + 1);
    }

    @Test
    void readersMissingAtOnceWaitForOneRendering() throws Exception {
        PublicDocumentCache cache = cache();
        CountDownLatch rendering = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Thread> threads = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService readers = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r);
            threads.add(t);
            return t;
        });
        try {
            Future<ResponseEntity<byte[]>> first = readers.submit(() -> cache.answer(Key.ARCHIVE_FEED, now -> {
                rendering.countDown();
                await(release);
                return document(null).apply(now);
            }));
            assertThat(rendering.await(10, TimeUnit.SECONDS)).isTrue();
            List<Future<ResponseEntity<byte[]>>> others = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                others.add(readers.submit(() -> cache.answer(Key.ARCHIVE_FEED, document(null))));
            }
            // Every reader is parked waiting (the first on the release, the others on its rendering)
            // before the rendering may finish.
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> threads.size() == 8
                    && threads.stream().allMatch(t -> t.getState() == Thread.State.WAITING
                    || t.getState() == Thread.State.TIMED_WAITING || t.getState() == Thread.State.BLOCKED));
            release.countDown();

            String text = text(first.get(10, TimeUnit.SECONDS));
            for (Future<ResponseEntity<byte[]>> other : others) {
                assertThat(text(other.get(10, TimeUnit.SECONDS))).isEqualTo(text);
            }
            assertThat(renderings).hasValue(1);
        } finally {
            readers.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
