package org.forewarn.taxii;

import java.time.Instant;
import java.util.List;

/**
 * What a publication stored: one entry per object given, in order.
 *
 * @param objects each object's id and version, the date it was added to the collection, and whether
 *                it was new (false: that version was already there, and nothing changed)
 */
public record Published(java.util.UUID collectionId, List<Stored> objects) {

    public Published {
        objects = List.copyOf(objects);
    }

    public record Stored(String id, String version, Instant dateAdded, boolean added) {
    }
}
