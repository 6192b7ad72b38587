package org.forewarn.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.forewarn.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import tools.jackson.databind.JsonNode;

class DemoLoaderTests extends IntegrationTest {

    @Autowired
    DemoLoader loader;

    @Test
    void demoCreatesTheLoginsAndTheWholeCrocusCaseOnce() {
        loader.run(new DefaultApplicationArguments("--demo"));
        loader.run(new DefaultApplicationArguments("--demo"));

        // 'admin' already exists in the test database (first-start bootstrap) and keeps its password.
        for (String user : new String[] {"analyst", "approver", "liaison", "consular", "auditor"}) {
            assertThat(api.as(user, DemoUsers.PASSWORD).get("/api/v1/me").status()).as(user).isEqualTo(200);
        }
        JsonNode threats = api.as("analyst", DemoUsers.PASSWORD).get("/api/v1/threats").expect(200).json();
        JsonNode crocus = null;
        int copies = 0;
        for (JsonNode t : threats) {
            if (t.get("title").asString().equals(CrocusScenario.TITLE_KEY)) {
                crocus = t;
                copies++;
            }
        }
        assertThat(copies).isEqualTo(1);
        assertThat(crocus.get("receivedAt").asString()).isEqualTo("2024-03-05T07:00:00Z");
        assertThat(crocus.get("timeZone").asString()).isEqualTo("Europe/Moscow");

        String id = crocus.get("id").asString();
        JsonNode determination = api.as("analyst", DemoUsers.PASSWORD)
                .get("/api/v1/threats/" + id + "/determinations").expect(200).json().get(0);
        assertThat(determination.get("state").asString()).isEqualTo("APPROVED");
        assertThat(determination.get("decidedBy").asString()).isEqualTo("approver");

        JsonNode warning = api.as("liaison", DemoUsers.PASSWORD).get("/api/v1/threats/" + id + "/warnings")
                .expect(200).json().get(0);
        assertThat(warning.get("state").asString()).isEqualTo("ACKNOWLEDGED");
        assertThat(warning.get("recipientRelationship").asString()).isEqualTo("ADVERSARY");
        assertThat(warning.get("sentAt").asString()).isEqualTo("2024-03-06T12:00:00Z");
        assertThat(warning.get("responses").findValuesAsString("kind")).containsExactly("ACKNOWLEDGMENT", "DISPUTE");
        assertThat(warning.get("responses").get(1).get("text").asString()).contains("too general");

        api.as("auditor", DemoUsers.PASSWORD).get("/api/v1/warnings/" + warning.get("id").asString() + "/receipt")
                .expect(200);
        assertThat(api.as("auditor", DemoUsers.PASSWORD).get("/api/v1/audit/verify").expect(200).json()
                .get("valid").asBoolean()).isTrue();
    }
}
