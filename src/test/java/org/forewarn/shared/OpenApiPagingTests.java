package org.forewarn.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.forewarn.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document tells a client how every list pages: each list takes {@code limit} and
 * {@code cursor} and answers a page with {@code items}, {@code next} and {@code previous}; no list
 * that grows with the office's history answers a bare array.
 */
class OpenApiPagingTests extends IntegrationTest {

    /**
     * Lists that stay small whatever the office's history, so they answer the whole list: each with
     * why. Anything else that answers an array fails this test.
     */
    private static final Map<String, String> BOUNDED = Map.of(
            "/api/v1/threats/{threatId}/timeline", "one case's story, read whole (the after-action record)",
            "/api/v1/security/login-throttle", "the addresses and accounts currently locked out, which expire within minutes");

    @Test
    void everyListTakesLimitAndCursorAndAnswersAPage() {
        JsonNode doc = api.anonymous().get("/v3/api-docs").expect(200).json();
        List<String> paged = new ArrayList<>();
        List<String> bareArrays = new ArrayList<>();
        for (var path : doc.get("paths").properties()) {
            JsonNode get = path.getValue().get("get");
            if (get == null || !path.getKey().startsWith("/api/")) {
                continue;
            }
            JsonNode schema = get.at("/responses/200/content").isMissingNode() ? null
                    : get.at("/responses/200/content").values().iterator().next().get("schema");
            if (schema == null) {
                continue;
            }
            if ("array".equals(schema.path("type").asString(""))) {
                bareArrays.add(path.getKey());
                continue;
            }
            String ref = schema.path("$ref").asString("");
            if (!ref.startsWith("#/components/schemas/Page")) {
                continue;
            }
            paged.add(path.getKey());
            Set<String> parameters = new java.util.HashSet<>();
            get.path("parameters").forEach(p -> parameters.add(p.get("name").asString()));
            assertThat(parameters).as(path.getKey()).contains("limit", "cursor");
            get.path("parameters").forEach(p -> {
                if (Set.of("limit", "cursor").contains(p.get("name").asString())) {
                    assertThat(p.path("description").asString("")).as(path.getKey() + " " + p.get("name"))
                            .isNotBlank();
                }
            });
            JsonNode page = doc.at("/components/schemas/" + ref.substring(ref.lastIndexOf('/') + 1));
            assertThat(page.get("properties").propertyNames()).as(ref).contains("items", "next", "previous");
            assertThat(get.path("description").asString("")).as(path.getKey()).contains("next", "cursor");
        }
        assertThat(paged).contains("/api/v1/threats", "/api/v1/threats/{threatId}/warnings",
                "/api/v1/threats/{threatId}/determinations", "/api/v1/due");
        assertThat(bareArrays).as("lists answered as bare arrays").isSubsetOf(BOUNDED.keySet());
    }
}
