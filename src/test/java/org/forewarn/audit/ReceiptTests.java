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
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.forewarn.shared.ForewarnProperties;
import org.forewarn.shared.database.NodeName;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

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
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Receipts receipts;
    @Autowired
    Clock clock;
    @Autowired
    NodeName nodeName;
    @Autowired
    TransactionTemplate tx;

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

    /**
     * Two nodes on one database, each with the key of its own data directory: a receipt the other
     * node issued verifies here, and both keys are published as one JWK Set.
     */
    @Test
    void aReceiptAnotherNodeSignedVerifiesHereAndItsKeyIsPublished() {
        ReceiptSigner otherKey = new ReceiptSigner(new ForewarnProperties(env.freshDataDir("other-node"), "x", null));
        Receipts otherNode = new Receipts(jdbc, otherKey, clock, nodeName);
        Cases cases = new Cases(api);
        String draft = cases.draft(cases.threatWithDuty(), cases.recipient("ALLY", Fixtures.liaisonChannel()),
                "LIAISON");
        Receipt signedElsewhere = new Receipt(UUID.fromString(draft), "{\"a\":1}", otherKey.sign("{\"a\":1}"),
                otherKey.keyId(), Instant.now());

        assertThat(receipts.verify(signedElsewhere).reason()).contains("never signed a receipt here");

        Receipt issued = tx.execute(status -> otherNode.issue(UUID.fromString(draft), Map.of("a", 1)));

        assertThat(otherKey.keyId()).isNotEqualTo(jwk.get("kid").asString());
        assertThat(receipts.verify(issued).valid()).as(receipts.verify(issued).reason()).isTrue();
        JsonNode keys = api.as(AUDITOR).get("/api/v1/signing-keys").expect(200).json().get("keys");
        assertThat(keys.findValuesAsString("kid")).contains(otherKey.keyId(), jwk.get("kid").asString());
        // A registry entry whose public key is not the key it is filed under proves nothing.
        jdbc.sql("update receipt_signing_keys set x = :x where key_id = :kid")
                .param("x", jwk.get("x").asString()).param("kid", otherKey.keyId()).update();
        assertThat(receipts.verify(issued).reason()).contains("is not that key");
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
