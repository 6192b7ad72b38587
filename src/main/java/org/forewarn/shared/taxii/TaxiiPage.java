package org.forewarn.shared.taxii;

import java.time.Instant;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * One page of a collection's objects.
 *
 * @param next           the server's token for the next page, when {@code more}
 * @param dateAddedFirst {@code X-TAXII-Date-Added-First}: when the first object of the page was added
 * @param dateAddedLast  {@code X-TAXII-Date-Added-Last}: give it as {@code added_after} to read on later
 */
public record TaxiiPage(List<JsonNode> objects, boolean more, String next, Instant dateAddedFirst,
                        Instant dateAddedLast) {

    public TaxiiPage {
        objects = List.copyOf(objects);
    }
}
