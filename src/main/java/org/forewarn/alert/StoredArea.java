package org.forewarn.alert;

import java.util.List;

/**
 * An alert's area as stored with the message. It was checked when it was given (as an
 * {@link AlertArea}) and is never checked again when read: a message stored under older rules (a
 * polygon of more points than are now accepted, say) stays readable, and so do the feeds it is in.
 */
public record StoredArea(String description, List<List<Double>> polygon, Circle circle) {

    static StoredArea of(AlertArea area) {
        return new StoredArea(area.description(), area.polygon(), area.circle());
    }
}
