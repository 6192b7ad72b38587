package org.forewarn.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.forewarn.shared.Keyset;
import org.forewarn.shared.ListCount;
import org.forewarn.shared.Page;
import org.forewarn.shared.PageRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The pager's links keep the search and filters, move the cursor, and say where the page sits. */
class ListViewTests {

    @AfterEach
    void forgetRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void linksKeepTheSearchAndFiltersAndCarryThePosition() {
        request("/console/threats", "q=Crocus%20Hall&harm=KIDNAPPING&cursor=old&from=51");
        List<Keyset> rows = List.of(row(3), row(2), row(1));
        Page<Keyset> page = Page.of(rows, PageRequest.after(2, row(4)), k -> k);

        ListView<Keyset> view = ListView.of(page, new ListCount(12_000, true), 51, 2);

        assertThat(view.range()).isEqualTo("51–52 of about 12,000");
        assertThat(view.nextUrl()).startsWith("/console/threats?").contains("q=Crocus%20Hall", "harm=KIDNAPPING",
                "cursor=" + row(2).cursor(), "from=53").doesNotContain("cursor=old", "from=51");
        assertThat(view.previousUrl()).contains("q=Crocus%20Hall", "cursor=" + row(3).cursorBefore(), "from=49");
        assertThat(view.firstUrl()).isEqualTo("/console/threats?q=Crocus%20Hall&harm=KIDNAPPING");
    }

    @Test
    void theFirstPageHasNoWayBack() {
        request("/console/threats", null);
        Page<Keyset> page = Page.of(List.of(row(2), row(1)), PageRequest.first(5), k -> k);

        ListView<Keyset> view = ListView.of(page, new ListCount(2, false), null, 5);

        assertThat(view.range()).isEqualTo("1–2 of 2");
        assertThat(view.firstUrl()).isNull();
        assertThat(view.previousUrl()).isNull();
        assertThat(view.nextUrl()).isNull();
    }

    private static Keyset row(int minute) {
        return new Keyset(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(60L * minute), new UUID(0, minute));
    }

    private static void request(String path, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setQueryString(query);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
