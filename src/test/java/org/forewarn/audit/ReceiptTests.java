package org.forewarn.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.AUDITOR;
import static org.forewarn.testing.TestUsers.LIAISON;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.forewarn.testing.Ed25519Jwk;
import org.forewarn.testing.Cases;
import org.forewarn.testing.Fixtures;
import org.forewarn.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** A receipt can be checked by anyone holding the public key, with no Forewarn code. */
class ReceiptTests extends IntegrationTest {

    JsonNode receipt;
    JsonNode jwk;

    @BeforeEach
    void deliveredWarning() {
        Cases cases = new Cases(api);
        String threat = cases.threatWithDuty();
        String warning = cases.approvedDraft(threat, cases.recipient("ADVERSARY", Fixtures.liaisonChannel()), "LIAISON");
        api.as(LIAISON).post("/api/v1/warnings/" + warning + "/send", Map.of("handoverNote", "In person")).expect(200);
        receipt = api.as(AUDITOR).get("/api/v1/warnings/" + warning + "/receipt").expect(200).json();
        jwk = api.as(AUDITOR).get("/api/v1/signing-key").expect(200).json();
    }

    @Test
    void receiptSaysExactlyWhatWasDeliveredToWhom() {
        JsonNode payload = receipt.get("payload");

        assertThat(payload.get("releasableText").asString()).isEqualTo(Fixtures.CLEAN_TEXT);
        assertThat(payload.get("channel").get("type").asString()).isEqualTo("LIAISON");
        assertThat(payload.get("recipient").get("relationship").asString()).isEqualTo("ADVERSARY");
        assertThat(payload.get("facets").get("method").asString()).isEqualTo("WITHHELD");
        assertThat(payload.has("sentAt")).isTrue();
        assertThat(payload.has("deliveredAt")).isTrue();
        assertThat(payload.has("threatId")).isTrue();
        assertThat(receipt.get("canonicalPayload").asString()).doesNotContain("NIGHTJAR", "placeholder method");
    }

    @Test
    void signatureVerifiesWithThePublishedJwk() throws Exception {
        assertThat(jwk.get("kty").asString()).isEqualTo("OKP");
        assertThat(jwk.get("crv").asString()).isEqualTo("Ed25519");
        String[] parts = receipt.get("jws").asString().split("\\.");
        String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        assertThat(header).contains("\"alg\":\"EdDSA\"", jwk.get("kid").asString());

        assertThat(verify(parts[0] + "." + parts[1], parts[2])).isTrue();
        assertThat(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8))
                .isEqualTo(receipt.get("canonicalPayload").asString());
    }

    @Test
    void alteredPayloadFailsVerification() throws Exception {
        String[] parts = receipt.get("jws").asString().split("\\.");
        String forged = receipt.get("canonicalPayload").asString().replace("Crocus City Hall", "a venue");
        String forgedPayload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(forged.getBytes(StandardCharsets.UTF_8));

        assertThat(verify(parts[0] + "." + forgedPayload, parts[2])).isFalse();
    }

    @Test
    void theDocumentedOpensslScriptVerifiesTheReceipt() throws Exception {
        String jws = receipt.get("jws").asString();
        String x = jwk.get("x").asString();

        Result good = run("scripts/verify-receipt.sh", jws, x);
        String[] parts = jws.split("\\.");
        String forgedPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(receipt.get("canonicalPayload")
                .asString().replace("Crocus", "Other").getBytes(StandardCharsets.UTF_8));
        Result bad = run("scripts/verify-receipt.sh", parts[0] + "." + forgedPayload + "." + parts[2], x);

        assertThat(good.exit()).as(good.output()).isZero();
        assertThat(good.output()).contains("Signature Verified Successfully", "Crocus City Hall");
        assertThat(bad.exit()).isNotZero();
    }

    /** Verification from the JWK alone, the way any third party would do it. */
    private boolean verify(String signingInput, String signature) throws Exception {
        return Ed25519Jwk.verifies(jwk, signingInput, signature);
    }

    private record Result(int exit, String output) {
    }

    private static Result run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        process.getInputStream().transferTo(out);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), out.toString(StandardCharsets.UTF_8));
    }
}
