package org.forewarn.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Walks a paged list ({@code items}, {@code next}, {@code previous}, {@code Link}) to its end and back,
 * checking on the way that the body's cursors and the {@code Link} header agree.
 */
public final class Paging {

    private Paging() {
    }

    /** One page as answered. */
    public record Seen(List<JsonNode> items, String next, String previous, String link) {
    }

    /** Every page from the first (no cursor) to the last, following {@code next}. */
    public static List<Seen> forward(Api.Caller caller, String path) {
        List<Seen> pages = new ArrayList<>();
        String cursor = null;
        do {
            Seen page = get(caller, path, cursor);
            pages.add(page);
            cursor = page.next();
            assertThat(pages).as("a list that never ends").hasSizeLessThan(1_000);
        } while (cursor != null);
        return pages;
    }

    /** Every page from the one {@code previous} points to back to the first, in list order. */
    public static List<Seen> backward(Api.Caller caller, String path, String previous) {
        List<Seen> pages = new ArrayList<>();
        String cursor = previous;
        while (cursor != null) {
            Seen page = get(caller, path, cursor);
            pages.add(page);
            cursor = page.previous();
            assertThat(pages).as("a list that never ends").hasSizeLessThan(1_000);
        }
        Collections.reverse(pages);
        return pages;
    }

    /**
     * Pages through {@code path} (whose rows are exactly {@code ids}) to the end and back from the last
     * page: every row once, newest first by {@code timeField} with ties by id, and the pages back the
     * same as the pages forth. Returns the pages forward.
     */
    public static List<Seen> bothWays(Api.Caller caller, String path, List<String> ids, String timeField) {
        List<Seen> forward = forward(caller, path);
        List<JsonNode> seen = items(forward);
        assertThat(seen).extracting(r -> r.get("id").asString()).containsExactlyInAnyOrderElementsOf(ids);
        assertNewestFirstTiesById(seen, timeField);
        assertThat(forward.get(0).previous()).as("the first page has no previous").isNull();
        if (forward.size() > 1) {
            List<Seen> backward = backward(caller, path, forward.get(forward.size() - 1).previous());
            assertThat(backward).extracting(Seen::items)
                    .containsExactlyElementsOf(forward.subList(0, forward.size() - 1).stream().map(Seen::items).toList());
            assertThat(backward.get(0).previous()).as("back at the first page").isNull();
        }
        return forward;
    }

    /** The items of the pages, in order. */
    public static List<JsonNode> items(List<Seen> pages) {
        return pages.stream().flatMap(p -> p.items().stream()).toList();
    }

    /**
     * Asserts the rows are newest first by {@code timeField}, ties broken by id descending (PostgreSQL
     * orders uuids as their hex text, which is how they compare as strings).
     */
    public static void assertNewestFirstTiesById(List<JsonNode> rows, String timeField) {
        List<JsonNode> expected = new ArrayList<>(rows);
        expected.sort(Comparator.comparing((JsonNode r) -> Instant.parse(r.get(timeField).asString()))
                .thenComparing(r -> r.get("id").asString()).reversed());
        assertThat(rows).as("newest first by " + timeField + ", ties by id (descending)")
                .containsExactlyElementsOf(expected);
    }

    public static Seen get(Api.Caller caller, String path, String cursor) {
        Api.Response answer = caller.get(path + (cursor == null ? "" : (path.contains("?") ? "&" : "?")
                + "cursor=" + cursor)).expect(200);
        JsonNode body = answer.json();
        List<JsonNode> items = new ArrayList<>();
        body.get("items").forEach(items::add);
        String next = body.get("next").isNull() ? null : body.get("next").asString();
        String previous = body.get("previous").isNull() ? null : body.get("previous").asString();
        String link = answer.header("Link");
        if (next != null) {
            assertThat(link).contains("cursor=" + next + ">; rel=\"next\"");
        }
        if (previous != null) {
            assertThat(link).contains("cursor=" + previous + ">; rel=\"prev\"");
        }
        if (next == null && previous == null) {
            assertThat(link).isNull();
        }
        return new Seen(items, next, previous, link);
    }
}
