package org.forewarn.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.forewarn.testing.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * A scaled demo ({@code --demo --demo-scale=300}) in a database of its own: the synthetic cases are
 * there once, made through the services by the demo users, in the proportions the demo promises,
 * beside an untouched Crocus case, and the audit chain holds.
 */
class SyntheticCasesTests extends ApplicationTest {

    private static final int SCALE = 300;
    private static final Pattern NUMBER = Pattern.compile("\\(" + SyntheticCase.MARKER + " (\\d+)\\)$");

    @DynamicPropertySource
    static void scaledDemo(DynamicPropertyRegistry registry) {
        environment(registry, env.freshDataDir("scaled-demo"));
        registry.add("forewarn.demo", () -> "true");
        registry.add("forewarn.demo.scale", () -> Integer.toString(SCALE));
    }

    @Autowired
    DemoLoader loader;
    @Autowired
    SyntheticCases synthetic;

    @Test
    void aScaledDemoHoldsItsSyntheticCasesOnceBesideAnUntouchedCrocus() {
        // Loaded at start; loading again, or a smaller scale, adds nothing.
        loader.load();
        loader.loadSynthetic(SCALE);
        loader.loadSynthetic(SCALE / 2);
        assertThat(synthetic.count()).isEqualTo(SCALE);

        List<JsonNode> all = allThreats("analyst");
        List<JsonNode> cases = all.stream().filter(t -> NUMBER.matcher(t.get("title").asString()).find()).toList();
        assertThat(cases).hasSize(SCALE);
        assertThat(all).hasSize(SCALE + 1);
        Set<Integer> numbers = new HashSet<>();
        for (JsonNode t : cases) {
            Matcher m = NUMBER.matcher(t.get("title").asString());
            assertThat(m.find()).isTrue();
            numbers.add(Integer.parseInt(m.group(1)));
        }
        assertThat(numbers).hasSize(SCALE).allMatch(n -> n >= 1 && n <= SCALE);

        // Crocus is still there once, as the demo made it.
        List<JsonNode> crocus = all.stream().filter(t -> t.get("title").asString().equals(CrocusScenario.TITLE_KEY))
                .toList();
        assertThat(crocus).hasSize(1);
        assertThat(crocus.get(0).get("receivedAt").asString()).isEqualTo("2024-03-05T07:00:00Z");
        for (String user : new String[] {"analyst", "approver", "liaison", "consular", "auditor"}) {
            assertThat(api.as(user, DemoUsers.PASSWORD).get("/api/v1/me").status()).as(user).isEqualTo(200);
        }

        // Spread over about five years, newest first, each reported by the analyst.
        Instant newest = Instant.parse(cases.get(0).get("receivedAt").asString());
        Instant oldest = Instant.parse(cases.get(cases.size() - 1).get("receivedAt").asString());
        assertThat(Duration.between(oldest, newest)).isGreaterThan(Duration.ofDays(4 * 365));
        assertThat(newest).isBefore(Instant.now());
        assertThat(cases).allMatch(t -> t.get("reportedBy").asString().equals("analyst"));
        assertThat(cases.stream().map(t -> t.get("classification").asString()).distinct())
                .contains("UNCLASSIFIED", "CONFIDENTIAL", "SECRET");
        assertThat(cases.stream().map(t -> t.get("tlp").asString()).distinct()).hasSizeGreaterThanOrEqualTo(4);
        Instant twoMonthsAgo = Instant.now().minus(Duration.ofDays(60));
        List<JsonNode> old = cases.stream()
                .filter(t -> Instant.parse(t.get("receivedAt").asString()).isBefore(twoMonthsAgo)).toList();
        assertThat(old.stream().filter(t -> t.get("status").asString().equals("CLOSED")).count())
                .isGreaterThan(old.size() / 2);
        assertThat(cases).anyMatch(t -> t.get("status").asString().equals("OPEN"));

        // Protected details: the analyst (SECRET) reads them on cases up to SECRET; consular
        // (CONFIDENTIAL) never on a SECRET case, and the list says it was redacted.
        List<JsonNode> withTerms = cases.stream().filter(t -> t.has("protectedDetails")
                && !t.get("protectedDetails").get("protectedTerms").isEmpty()).toList();
        assertThat(withTerms).hasSizeBetween(SCALE / 30, SCALE / 5);
        for (JsonNode t : allThreats("consular")) {
            if (t.get("classification").asString().equals("SECRET")) {
                assertThat(t.get("redacted").asBoolean()).isTrue();
                assertThat(t.has("protectedDetails")).isFalse();
            }
        }

        // About 70 % assessed (mostly a duty to warn), about half warned; proposer and approver differ.
        int assessed = 0;
        int duty = 0;
        int warned = 0;
        List<String> outcomes = new ArrayList<>();
        List<String> warningStates = new ArrayList<>();
        for (JsonNode t : cases) {
            String id = t.get("id").asString();
            JsonNode determinations = api.as("analyst", DemoUsers.PASSWORD)
                    .get("/api/v1/threats/" + id + "/determinations").expect(200).json().get("items");
            if (!determinations.isEmpty()) {
                assessed++;
                JsonNode d = determinations.get(0);
                outcomes.add(d.get("outcome").asString());
                duty += d.get("outcome").asString().equals("DUTY_TO_WARN") ? 1 : 0;
                assertThat(d.get("proposedBy").asString()).isEqualTo("analyst");
                if (d.get("state").asString().equals("APPROVED")) {
                    assertThat(d.get("decidedBy").asString()).isEqualTo("approver");
                }
            }
            JsonNode ws = api.as("analyst", DemoUsers.PASSWORD).get("/api/v1/threats/" + id + "/warnings")
                    .expect(200).json().get("items");
            if (!ws.isEmpty()) {
                warned++;
                for (JsonNode w : ws) {
                    warningStates.add(w.get("state").asString());
                    assertThat(w.get("draftedBy").asString()).isEqualTo("analyst");
                    if (w.hasNonNull("approvedBy")) {
                        assertThat(w.get("approvedBy").asString()).isEqualTo("approver");
                    }
                }
            }
        }
        assertThat(assessed).isBetween(SCALE * 60 / 100, SCALE * 80 / 100);
        assertThat(duty).isGreaterThan(assessed / 2);
        assertThat(outcomes).contains("NO_DUTY", "WAIVED");
        assertThat(warned).isBetween(SCALE * 40 / 100, SCALE * 60 / 100);
        assertThat(warningStates).contains("ACKNOWLEDGED");
        assertThat(warningStates.stream().filter("ACKNOWLEDGED"::equals).count()).isGreaterThan(warned / 2);

        // Every step of every case is on the chain, and the chain holds.
        JsonNode verified = api.as("auditor", DemoUsers.PASSWORD).get("/api/v1/audit/verify").expect(200).json();
        assertThat(verified.get("valid").asBoolean()).isTrue();
        assertThat(verified.get("entries").asLong()).isGreaterThan(SCALE * 5L);
    }

    @Test
    void caseNumberNIsAlwaysTheSameCase() {
        Instant today = Instant.parse("2026-11-28T00:00:00Z");
        assertThat(SyntheticCase.generate(42, today)).isEqualTo(SyntheticCase.generate(42, today));
        assertThat(SyntheticCase.generate(42, today).report().title())
                .isNotEqualTo(SyntheticCase.generate(43, today).report().title())
                .endsWith("(" + SyntheticCase.MARKER + " 42)");
    }

    /** Every threat the user may list, newest first, page by page. */
    private List<JsonNode> allThreats(String user) {
        List<JsonNode> all = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = api.as(user, DemoUsers.PASSWORD)
                    .get("/api/v1/threats?limit=500" + (cursor == null ? "" : "&cursor=" + cursor)).expect(200).json();
            page.get("items").forEach(all::add);
            cursor = page.get("next").isNull() ? null : page.get("next").asString();
        } while (cursor != null);
        return all;
    }
}
