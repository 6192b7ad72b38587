package org.forewarn.shared;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a page of a list ordered newest first (ties broken by id) ends: the last row's time and id.
 * Travels as an opaque cursor; the next page is everything strictly after it in that order, found
 * through the (time desc, id desc) index whatever the depth — unlike an offset, which walks past
 * every row before it.
 */
public record Keyset(Instant at, UUID id) {

    private static final String VERSION = "k1";

    public Keyset {
        if (at == null || id == null) {
            throw new IllegalArgumentException("a keyset needs a time and an id");
        }
    }

    /** The opaque form clients pass back as {@code cursor}. */
    public String cursor() {
        String plain = VERSION + "|" + at.getEpochSecond() + "." + at.getNano() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** The keyset a cursor stands for; a 400 naming {@code cursor} for anything this server did not give out. */
    public static Keyset ofCursor(String cursor) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            String[] parts = plain.split("\\|", -1);
            if (parts.length != 3 || !parts[0].equals(VERSION)) {
                throw new IllegalArgumentException("not a cursor");
            }
            String[] time = parts[1].split("\\.", -1);
            Instant at = Instant.ofEpochSecond(Long.parseLong(time[0]), Long.parseLong(time[1]));
            return new Keyset(at, UUID.fromString(parts[2]));
        } catch (RuntimeException e) {
            throw InvalidInput.of("cursor", "is not a cursor this server gave out: pass back the `next` of the "
                    + "previous page unchanged, or leave it out for the first page");
        }
    }
}
