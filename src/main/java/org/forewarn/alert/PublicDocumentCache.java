package org.forewarn.alert;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.forewarn.shared.Sha256;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The public documents (the two Atom feeds, each message's CAP document and page) as the bytes
 * last rendered, so that a reader — or ten thousand of them when an attack is announced — costs
 * no database round trip, and a conditional request answered 304 costs nothing but the lookup.
 *
 * <p>A document is served from memory only while it is certainly what a fresh rendering would
 * give:
 * <ul>
 * <li>every message that goes public ({@link AlertPublished}: a new alert, an update, a cancel,
 *     a release) empties the cache once its transaction has committed, so a reader never caches a
 *     state that is not committed, and the next reader after the publisher's answer sees it;</li>
 * <li>a document that changes with time alone (an alert leaves the current feed, and a page shows
 *     "expired", at the alert's {@code expires}) carries that instant, and is rendered again from
 *     then on (also when a scenario's clock reads an earlier time than it was rendered at);</li>
 * <li>a message that goes public on another node sharing the database empties this cache too, on
 *     the PostgreSQL NOTIFY its publishing transaction sent ({@link PublicDocumentInvalidation}), and
 *     so does a reconnect of this node's listening connection (a notification may have been missed);</li>
 * <li>feeds and pages are rendered again at least every {@code refresh} (5 s): a safety net only,
 *     should a notification be lost anyway, bounding how long another node's publication can take to
 *     show here. A CAP document never changes once published and is kept until memory runs short.</li>
 * </ul>
 * Readers that miss at the same moment wait for one rendering instead of each asking the database.
 * What is rendered is built from public fields only, on a request that carries no session or
 * sign-in (see the public documents' security chain), so nothing of a signed-in reader can end
 * up in a cached document. Memory is bounded ({@code max-size}); the least recently read
 * documents go first.
 */
@Component
@EnableConfigurationProperties(PublicDocumentProperties.class)
class PublicDocumentCache {

    /** What a document is; CAP documents never change once published. */
    enum Kind {
        CURRENT_FEED, ARCHIVE_FEED, CAP, PAGE;

        boolean immutable() {
            return this == CAP;
        }
    }

    /** One document: a feed (no id), or a message's CAP document or page. */
    record Key(Kind kind, UUID id) {

        static final Key CURRENT_FEED = new Key(Kind.CURRENT_FEED, null);
        static final Key ARCHIVE_FEED = new Key(Kind.ARCHIVE_FEED, null);

        static Key cap(UUID id) {
            return new Key(Kind.CAP, id);
        }

        static Key page(UUID id) {
            return new Key(Kind.PAGE, id);
        }
    }

    /**
     * A document as rendered at {@code now} (the instant passed to the renderer).
     *
     * @param lastModified when it last changed (the {@code Last-Modified} header)
     * @param validUntil   when it changes by time alone (an expiry it shows), or null if never
     */
    record Rendered(String body, MediaType type, Instant lastModified, Instant validUntil) {
    }

    /** How often documents were answered from memory and how often rendered (for tests and operators). */
    record Stats(long hits, long renders, long entries, long bytes) {
    }

    private final Clock clock;
    private final PublicDocumentProperties settings;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final Map<Key, Flight> renderings = new ConcurrentHashMap<>();
    /** Changes with every invalidation: a rendering started before one is never kept. */
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong renders = new AtomicLong();
    private final AtomicLong reads = new AtomicLong();

    PublicDocumentCache(Clock clock, PublicDocumentProperties settings) {
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * The document for {@code key}: from memory if it is still what {@code render} would give now,
     * otherwise rendered (once, however many readers are waiting) and kept. Whatever
     * {@code render} throws (e.g. not found) goes to the caller and nothing is kept. The answer
     * carries ETag, Last-Modified and Cache-Control; Spring turns it into a 304 for a GET or HEAD
     * whose {@code If-None-Match} or {@code If-Modified-Since} matches.
     */
    ResponseEntity<byte[]> answer(Key key, Function<Instant, Rendered> render) {
        Instant now = clock.instant();
        Entry entry = entries.get(key);
        if (entry != null && entry.validAt(now)) {
            hits.incrementAndGet();
            entry.lastRead = reads.incrementAndGet();
            return entry.response();
        }
        return load(key, now, render).response();
    }

    /** Everything public may have changed: the next reader of each document gets it rendered again. */
    void invalidateAll() {
        generation.incrementAndGet();
        renderings.clear();
        for (Key key : entries.keySet()) {
            forget(entries.remove(key));
        }
    }

    /**
     * A message went public, and with it possibly its predecessor's status, both feeds and the
     * pages of its series. Publications are rare, so everything goes. After commit (or at once
     * outside a transaction): before it, a reader could put the old state back.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void on(AlertPublished published) {
        invalidateAll();
    }

    Stats stats() {
        return new Stats(hits.get(), renders.get(), entries.size(), bytes.get());
    }

    private Entry load(Key key, Instant now, Function<Instant, Rendered> render) {
        long startedAt = generation.get();
        Flight mine = new Flight(startedAt, new CompletableFuture<>());
        Flight running = renderings.putIfAbsent(key, mine);
        if (running != null) {
            Entry shared = awaitQuietly(running);
            // Only a rendering that began after the last invalidation this reader could know of.
            if (shared != null && running.generation == startedAt && shared.validAt(now)) {
                return shared;
            }
            return render(key, now, startedAt, render, null);
        }
        return render(key, now, startedAt, render, mine);
    }

    private Entry render(Key key, Instant now, long startedAt, Function<Instant, Rendered> render, Flight flight) {
        try {
            renders.incrementAndGet();
            Entry entry = entry(key.kind(), render.apply(now), now);
            if (flight != null) {
                flight.result.complete(entry);
            }
            keep(key, entry, startedAt);
            return entry;
        } catch (RuntimeException | Error e) {
            if (flight != null) {
                flight.result.completeExceptionally(e);
            }
            throw e;
        } finally {
            if (flight != null) {
                renderings.remove(key, flight);
            }
        }
    }

    private void keep(Key key, Entry entry, long startedAt) {
        if (entry.size > settings.maxSize().toBytes() || generation.get() != startedAt) {
            return;
        }
        entry.lastRead = reads.incrementAndGet();
        Entry replaced = entries.put(key, entry);
        bytes.addAndGet(entry.size - (replaced != null ? replaced.size : 0));
        // An invalidation that came in meanwhile may have missed it.
        if (generation.get() != startedAt && entries.remove(key, entry)) {
            forget(entry);
        }
        if (bytes.get() > settings.maxSize().toBytes()) {
            evictLeastRecentlyRead();
        }
    }

    private synchronized void evictLeastRecentlyRead() {
        List<Map.Entry<Key, Entry>> byAge = new ArrayList<>(entries.entrySet());
        byAge.sort(Comparator.comparingLong(e -> e.getValue().lastRead));
        for (Map.Entry<Key, Entry> e : byAge) {
            if (bytes.get() <= settings.maxSize().toBytes()) {
                return;
            }
            if (entries.remove(e.getKey(), e.getValue())) {
                forget(e.getValue());
            }
        }
    }

    private void forget(Entry removed) {
        if (removed != null) {
            bytes.addAndGet(-removed.size);
        }
    }

    private static Entry awaitQuietly(Flight flight) {
        try {
            return flight.result.join();
        } catch (CompletionException | java.util.concurrent.CancellationException e) {
            return null;
        }
    }

    private Entry entry(Kind kind, Rendered rendered, Instant now) {
        byte[] body = rendered.body().getBytes(StandardCharsets.UTF_8);
        Instant until = rendered.validUntil() != null ? rendered.validUntil() : Instant.MAX;
        if (!kind.immutable()) {
            Instant refresh = now.plus(settings.refresh());
            until = refresh.isBefore(until) ? refresh : until;
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(rendered.type());
        headers.setETag("\"" + HexFormat.of().formatHex(Sha256.of(body)).substring(0, 32) + "\"");
        headers.setLastModified(rendered.lastModified().toEpochMilli() / 1000 * 1000);
        headers.setCacheControl(cacheControl(kind));
        return new Entry(body, HttpHeaders.readOnlyHttpHeaders(headers), now, until);
    }

    /**
     * Lets a reverse proxy or CDN hold it (public) for a short while, serve it stale while it
     * fetches a fresh one, and keep serving it if Forewarn cannot answer.
     */
    private CacheControl cacheControl(Kind kind) {
        return CacheControl.maxAge(kind.immutable() ? settings.capMaxAge() : settings.maxAge()).cachePublic()
                .staleWhileRevalidate(settings.staleWhileRevalidate()).staleIfError(settings.staleIfError());
    }

    /** A rendering under way, with the generation it began in. */
    private record Flight(long generation, CompletableFuture<Entry> result) {
    }

    private static final class Entry {

        final byte[] body;
        final HttpHeaders headers;
        final Instant renderedAt;
        final Instant validUntil;
        final long size;
        volatile long lastRead;

        Entry(byte[] body, HttpHeaders headers, Instant renderedAt, Instant validUntil) {
            this.body = body;
            this.headers = headers;
            this.renderedAt = renderedAt;
            this.validUntil = validUntil;
            this.size = body.length + 512L;
        }

        /** Rendered no later than {@code now} (a replayed scenario may read an earlier time) and not yet changed. */
        boolean validAt(Instant now) {
            return !now.isBefore(renderedAt) && now.isBefore(validUntil);
        }

        ResponseEntity<byte[]> response() {
            return new ResponseEntity<>(body, headers, HttpStatus.OK);
        }
    }
}
