package org.forewarn.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.forewarn.testing.TestUsers.AUDITOR;
import static org.forewarn.testing.TestUsers.LIAISON;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.forewarn.testing.Cases;
import org.forewarn.testing.Fixtures;
import org.forewarn.testing.IntegrationTest;
import org.forewarn.testing.WebhookSink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class DeliveryChannelTests extends IntegrationTest {

    Cases cases;

    @BeforeEach
    void cases() {
        cases = new Cases(api);
    }

    @Test
    void emailWarningIsDeliveredThroughSmtpWithItsIdempotencyKey() throws Exception {
        String address = "duty-officer-" + UUID.randomUUID() + "@partner.example";
        String threat = cases.threatWithDuty();
        String warning = cases.draft(threat, cases.recipient("PARTNER", Fixtures.emailChannel(address)), "EMAIL");

        var sent = api.as(LIAISON).post("/api/v1/warnings/" + warning + "/send", null).expect(200);
        assertThat(sent.text("state")).isIn("SENT", "DELIVERED");

        JsonNode delivered = awaitState(warning, "DELIVERED");
        MimeMessage message = Arrays.stream(env.smtp.getReceivedMessages())
                .filter(m -> recipients(m).contains(address)).findFirst().orElseThrow();
        String key = "forewarn-" + warning + "-email";
        assertThat(message.getHeader("Idempotency-Key")[0]).isEqualTo(key);
        assertThat(message.getMessageID()).isEqualTo("<" + key + "@forewarn>");
        assertThat(message.getSubject()).contains("Duty to warn", delivered.get("reference").asString());
        assertThat(((String) message.getContent()).replace("\r\n", "\n")).startsWith(Fixtures.CLEAN_TEXT);
        assertThat(delivered.get("deliveryReference").asString()).isEqualTo(message.getMessageID());
        api.as(AUDITOR).get("/api/v1/warnings/" + warning + "/receipt").expect(200);
    }

    @Test
    void webhookWarningIsPostedSignedWithHmac() throws Exception {
        String path = "/hook/" + UUID.randomUUID();
        String threat = cases.threatWithDuty();
        String warning = cases.draft(threat, cases.recipient("ALLY", Fixtures.webhookChannel(env.webhooks.url(path))),
                "WEBHOOK");

        api.as(LIAISON).post("/api/v1/warnings/" + warning + "/send", null).expect(200);

        awaitState(warning, "DELIVERED");
        List<WebhookSink.Received> received = env.webhooks.receivedAt(path);
        assertThat(received).hasSize(1);
        WebhookSink.Received call = received.get(0);
        String timestamp = call.header("X-Forewarn-Timestamp");
        assertThat(call.header("X-Forewarn-Signature"))
                .isEqualTo(WebhookSignature.sign("a-shared-webhook-secret", timestamp, call.body()));
        assertThat(call.header("Idempotency-Key")).isEqualTo("forewarn-" + warning + "-webhook");
        JsonNode body = tools.jackson.databind.json.JsonMapper.builder().build().readTree(call.body());
        assertThat(body.get("text").asString()).isEqualTo(Fixtures.CLEAN_TEXT);
        assertThat(body.get("warningId").asString()).isEqualTo(warning);
    }

    @Test
    void smsWarningGoesThroughTheSameGatewayAsAlertsWithItsIdempotencyKey() throws Exception {
        String phone = "+7916" + (1_000_000 + new java.util.Random(7).nextInt(8_999_999));
        String threat = cases.threatWithDuty();
        String warning = cases.draft(threat, cases.recipient("PARTNER", Fixtures.smsChannel(phone)), "SMS");

        api.as(LIAISON).post("/api/v1/warnings/" + warning + "/send", null).expect(200);

        JsonNode delivered = awaitState(warning, "DELIVERED");
        List<WebhookSink.Received> toPhone = env.webhooks.receivedAt("/sms-gateway").stream()
                .filter(r -> r.body().contains(phone)).toList();
        assertThat(toPhone).hasSize(1);
        JsonNode sms = tools.jackson.databind.json.JsonMapper.builder().build().readTree(toPhone.get(0).body());
        String key = "forewarn-" + warning + "-sms";
        assertThat(sms.get("to").asString()).isEqualTo(phone);
        assertThat(sms.get("text").asString()).startsWith(Fixtures.CLEAN_TEXT);
        assertThat(sms.get("reference").asString()).isEqualTo(key);
        assertThat(toPhone.get(0).header("Idempotency-Key")).isEqualTo(key);
        assertThat(delivered.get("deliveryReference").asString()).isNotBlank();
        api.as(AUDITOR).get("/api/v1/warnings/" + warning + "/receipt").expect(200);
    }

    @Test
    void anSmsChannelNeedsAPhoneNumberInInternationalForm() {
        var refused = api.as(org.forewarn.testing.TestUsers.ANALYST).post("/api/v1/recipients",
                Fixtures.recipient("PARTNER", Fixtures.smsChannel("8-916-123-45-67"))).expect(400);
        assertThat(refused.body()).contains("phone number in international form");
    }

    @Test
    void failingWebhookIsRetriedWithBackoffUnderTheSameKeyAndDeliveredOnce() {
        String path = "/flaky/" + UUID.randomUUID();
        env.webhooks.script(path, 503, 500);
        String threat = cases.threatWithDuty();
        String warning = cases.draft(threat, cases.recipient("ALLY", Fixtures.webhookChannel(env.webhooks.url(path))),
                "WEBHOOK");

        api.as(LIAISON).post("/api/v1/warnings/" + warning + "/send", null).expect(200);

        JsonNode delivered = awaitState(warning, "DELIVERED");
        List<WebhookSink.Received> calls = env.webhooks.receivedAt(path);
        assertThat(calls).hasSize(3);
        assertThat(calls).extracting(c -> c.header("Idempotency-Key")).containsOnly("forewarn-" + warning + "-webhook");
        JsonNode history = delivered.get("deliveries").get(0).get("history");
        assertThat(history.findValuesAsString("outcome")).containsExactly("RETRY", "RETRY", "DELIVERED");
        assertThat(history.get(0).get("detail").asString()).contains("HTTP 503");
    }

    @Test
    void webhookRefusedForGoodFailsTheWarningWhichCanBeSentAgain() {
        String path = "/refusing/" + UUID.randomUUID();
        env.webhooks.script(path, 404);
        String threat = cases.threatWithDuty();
        String warning = cases.draft(threat, cases.recipient("ALLY", Fixtures.webhookChannel(env.webhooks.url(path))),
                "WEBHOOK");

        api.as(LIAISON).post("/api/v1/warnings/" + warning + "/send", null).expect(200);

        JsonNode failed = awaitState(warning, "FAILED");
        assertThat(failed.get("failureReason").asString()).contains("HTTP 404");
        assertThat(failed.get("nextActions").toString()).contains("SEND");

        api.as(LIAISON).post("/api/v1/warnings/" + warning + "/send", null).expect(200);
        JsonNode delivered = awaitState(warning, "DELIVERED");
        assertThat(env.webhooks.receivedAt(path)).hasSize(2)
                .extracting(c -> c.header("Idempotency-Key")).containsOnly("forewarn-" + warning + "-webhook");
        assertThat(delivered.get("deliveries")).hasSize(1);
    }

    @Test
    void unreachableWebhookGivesUpAfterTheConfiguredAttempts() {
        int closedPort = org.forewarn.testing.TestEnvironment.freePort();
        String threat = cases.threatWithDuty();
        String warning = cases.draft(threat, cases.recipient("ALLY",
                Fixtures.webhookChannel("http://127.0.0.1:" + closedPort + "/nobody-home")), "WEBHOOK");

        api.as(LIAISON).post("/api/v1/warnings/" + warning + "/send", null).expect(200);

        JsonNode failed = awaitState(warning, "FAILED");
        assertThat(failed.get("deliveries").get(0).get("attempts").asInt()).isEqualTo(3);
        assertThat(failed.get("failureReason").asString()).contains("Gave up after 3 attempts");
    }

    @Test
    void deliveredWarningIsNeverDeliveredAgain() {
        String path = "/once/" + UUID.randomUUID();
        String threat = cases.threatWithDuty();
        String warning = cases.draft(threat, cases.recipient("ALLY", Fixtures.webhookChannel(env.webhooks.url(path))),
                "WEBHOOK");
        api.as(LIAISON).post("/api/v1/warnings/" + warning + "/send", null).expect(200);
        awaitState(warning, "DELIVERED");

        api.as(LIAISON).post("/api/v1/warnings/" + warning + "/send", null).expect(409);

        assertThat(env.webhooks.receivedAt(path)).hasSize(1);
    }

    @Test
    void webhookChannelNeedsASecret() {
        var response = api.as(org.forewarn.testing.TestUsers.ANALYST).post("/api/v1/recipients",
                Fixtures.recipient("ALLY", Map.of("type", "WEBHOOK", "address", "https://example.org/hook"))).expect(400);

        assertThat(response.text("detail")).contains("channels[0].secret");
    }

    @Test
    void webhookSecretIsNeverShown() {
        String recipient = cases.recipient("ALLY", Fixtures.webhookChannel(env.webhooks.url("/x")));

        var shown = api.as(LIAISON).get("/api/v1/recipients/" + recipient).expect(200);

        assertThat(shown.body()).doesNotContain("a-shared-webhook-secret");
        assertThat(shown.json().get("channels").get(0).get("secretConfigured").asBoolean()).isTrue();
    }

    private JsonNode awaitState(String warning, String state) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> api.as(LIAISON).get("/api/v1/warnings/" + warning).expect(200).json(),
                        w -> state.equals(w.get("state").asString()));
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }
}
