package org.forewarn.shared;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a page of a list ordered newest first (ties broken by id) begins or ends: a row's time and
 * id. Travels as an opaque cursor; the next page is everything strictly after it in that order, found
 * through the (time desc, id desc) index whatever the depth — unlike an offset, which walks past
 * every row before it. A list ordered by a number alone (a queue's sequence) uses
 * {@link #ofSequence}.
 */
public record Keyset(Instant at, UUID id) {

    private static final String VERSION = "k2";

    public Keyset {
        if (at == null || id == null) {
            throw new IllegalArgumentException("a keyset needs a time and an id");
        }
    }

    /** A position in a list ordered by a sequence number alone (e.g. a bigserial id). */
    public static Keyset ofSequence(long number) {
        return new Keyset(Instant.EPOCH, new UUID(0, number));
    }

    /** The sequence number of a keyset made by {@link #ofSequence}. */
    public long sequence() {
        return id.getLeastSignificantBits();
    }

    /** The opaque cursor of the page that follows this row. */
    public String cursor() {
        return encode("a");
    }

    /** The opaque cursor of the page that precedes this row. */
    public String cursorBefore() {
        return encode("b");
    }

    private String encode(String direction) {
        String plain = VERSION + "|" + direction + "|" + at.getEpochSecond() + "." + at.getNano() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Where a cursor points.
     *
     * @param backward whether the page wanted is the one before {@code keyset} (else the one after)
     */
    record Position(Keyset keyset, boolean backward) {
    }

    /** The position a cursor stands for; a 400 naming {@code cursor} for anything this server did not give out. */
    static Position ofCursor(String cursor) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            String[] parts = plain.split("\\|", -1);
            if (parts.length != 4 || !parts[0].equals(VERSION) || !(parts[1].equals("a") || parts[1].equals("b"))) {
                throw new IllegalArgumentException("not a cursor");
            }
            String[] time = parts[2].split("\\.", -1);
            Instant at = Instant.ofEpochSecond(Long.parseLong(time[0]), Long.parseLong(time[1]));
            return new Position(new Keyset(at, UUID.fromString(parts[3])), parts[1].equals("b"));
        } catch (RuntimeException e) {
            throw InvalidInput.of("cursor", "is not a cursor this server gave out: pass back the `next` (or "
                    + "`previous`) of a page unchanged, or leave it out for the first page");
        }
    }
}
