package org.forewarn.shared.taxii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.forewarn.testing.SpecTaxiiServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The TAXII client against a server written from the specification alone, over real HTTP. */
class TaxiiClientTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SpecTaxiiServer server = new SpecTaxiiServer("forewarn", "s3cret-partner-pass");
    private final TaxiiClient client = new TaxiiClient(Duration.ofSeconds(5));
    private final TaxiiCollection collection = new TaxiiCollection(server.collection(), "forewarn",
            "s3cret-partner-pass");

    @AfterEach
    void stop() {
        server.close();
    }

    private static JsonNode note(int n) {
        ObjectNode o = JSON.createObjectNode();
        o.put("type", "note");
        o.put("spec_version", "2.1");
        o.put("id", "note--" + UUID.nameUUIDFromBytes(("note " + n).getBytes()));
        o.put("created", "2024-03-22T18:00:00.000Z");
        o.put("modified", "2024-03-22T18:00:00.000Z");
        o.put("content", "Note " + n);
        o.putArray("object_refs").add("campaign--" + UUID.nameUUIDFromBytes("c".getBytes()));
        return o;
    }

    @Test
    void objectsAddedComeBackAsACompleteStatusAndAreInTheCollection() {
        TaxiiStatus status = client.add(collection, List.of(note(1), note(2)));

        assertThat(status.succeeded()).isTrue();
        assertThat(status.totalCount()).isEqualTo(2);
        assertThat(server.objects()).extracting(o -> o.get("content").asString()).containsExactly("Note 1", "Note 2");
        assertThat(server.acceptHeaders()).allMatch(a -> a.equals(TaxiiClient.MEDIA_TYPE));
    }

    @Test
    void aPendingStatusIsAskedAgainUntilComplete() {
        server.stayPendingFor(3);

        TaxiiStatus first = client.add(collection, List.of(note(1)));
        TaxiiStatus last = client.awaitComplete(collection, first, Duration.ofSeconds(20));

        assertThat(first.complete()).isFalse();
        assertThat(first.pendingCount()).isEqualTo(1);
        assertThat(last.succeeded()).isTrue();
    }

    @Test
    void anObjectTheServerRefusesIsAFailureOfTheStatusNotAnException() {
        ObjectNode broken = (ObjectNode) note(3);
        broken.put("id", "report--" + UUID.randomUUID());

        TaxiiStatus status = client.add(collection, List.of(note(1), broken));

        assertThat(status.complete()).isTrue();
        assertThat(status.succeeded()).isFalse();
        assertThat(status.failureCount()).isEqualTo(1);
        assertThat(status.failures().get(0).message()).contains("type and id");
    }

    @Test
    void aCollectionIsReadPageByPageWithoutSkippingOrRepeatingAndThenFromWhereItStopped() {
        List<JsonNode> added = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            added.add(note(i));
        }
        server.preload(added);

        Set<String> seen = new HashSet<>();
        List<String> order = new ArrayList<>();
        String next = null;
        Instant last = null;
        int pages = 0;
        do {
            TaxiiPage page = client.objects(collection, null, next, 10, Map.of("type", "note"));
            page.objects().forEach(o -> {
                order.add(o.get("id").asString());
                seen.add(o.get("id").asString());
            });
            next = page.more() ? page.next() : null;
            last = page.dateAddedLast();
            pages++;
        } while (next != null);

        assertThat(pages).isEqualTo(3);
        assertThat(order).hasSize(25);
        assertThat(seen).hasSize(25);
        server.preload(List.of(note(100)));
        TaxiiPage later = client.objects(collection, last, null, 10, Map.of());
        assertThat(later.objects()).extracting(o -> o.get("content").asString()).containsExactly("Note 100");
        assertThat(later.more()).isFalse();
    }

    @Test
    void aRefusalCarriesTheServersTaxiiErrorAndSaysWhetherToTryAgain() {
        TaxiiCollection wrongPassword = new TaxiiCollection(server.collection(), "forewarn", "wrong");
        assertThatThrownBy(() -> client.add(wrongPassword, List.of(note(1))))
                .isInstanceOfSatisfying(TaxiiException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(401);
                    assertThat(e.title()).isEqualTo("Unauthorized");
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).doesNotContain("wrong");
                });
        TaxiiCollection nowhere = new TaxiiCollection(URI.create("http://127.0.0.1:9/api1/collections/x/"), null, null);
        assertThatThrownBy(() -> client.objects(nowhere, null, null, 10, Map.of()))
                .isInstanceOfSatisfying(TaxiiException.class, e -> assertThat(e.retryable()).isTrue());
        assertThat(server.objects()).isEmpty();
    }

    @Test
    void aCollectionUrlIsCheckedAndSplitIntoItsApiRoot() {
        TaxiiCollection c = new TaxiiCollection(URI.create("https://taxii.partner.example/api1/collections/abc"),
                "u", "p");
        assertThat(c.url()).hasToString("https://taxii.partner.example/api1/collections/abc/");
        assertThat(c.apiRoot()).hasToString("https://taxii.partner.example/api1/");
        assertThat(c.id()).isEqualTo("abc");
        assertThat(c.toString()).doesNotContain("p]").contains("as u");
        assertThat(TaxiiCollection.problemWith("https://taxii.partner.example/api1/")).contains("collections");
        assertThat(TaxiiCollection.problemWith("ftp://x/api1/collections/abc/")).isNotNull();
    }
}
