package org.forewarn.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.ANALYST_APPROVER;
import static org.forewarn.testing.TestUsers.APPROVER;
import static org.forewarn.testing.TestUsers.AUDITOR;
import static org.forewarn.testing.TestUsers.JUNIOR_ANALYST;
import static org.forewarn.testing.TestUsers.JUNIOR_APPROVER;
import static org.forewarn.testing.TestUsers.LIAISON;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.forewarn.testing.Ed25519Jwk;
import org.forewarn.testing.Api;
import org.forewarn.testing.Cases;
import org.forewarn.testing.Fixtures;
import org.forewarn.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A releasable statement of record: drafted by one cleared approver from (or quoting) exactly what a
 * warning's signed receipt proves was delivered, approved by another, and checkable offline by a
 * third party from its bundle alone.
 */
class StatementOfRecordTests extends IntegrationTest {

    private static final DateTimeFormatter ON = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm zzz",
            Locale.ENGLISH);

    @Autowired
    JdbcClient jdbc;

    Cases cases;
    String threat;
    String warning;
    JsonNode receipt;

    @BeforeEach
    void deliveredWarning() {
        cases = new Cases(api);
        threat = cases.threatWithDuty();
        warning = cases.approvedDraft(threat, cases.recipient("ADVERSARY", Fixtures.liaisonChannel()), "LIAISON");
        api.as(LIAISON).post("/api/v1/warnings/" + warning + "/send", Map.of("handoverNote", "In person"))
                .expect(200);
        receipt = api.as(AUDITOR).get("/api/v1/warnings/" + warning + "/receipt").expect(200).json();
    }

    @Test
    void theDraftedStatementNamesWhatTheTextSaidQuotesItExactlyAndRevealsNothingProtected() {
        Api.Response created = api.as(APPROVER).post("/api/v1/warnings/" + warning + "/statements", null)
                .expect(201);
        JsonNode statement = created.json();
        JsonNode payload = receipt.get("payload");
        String deliveredAt = ON.format(Instant.parse(payload.get("deliveredAt").asString())
                .atZone(ZoneId.of("Europe/Moscow")));
        String reference = payload.get("reference").asString();
        String recipient = payload.get("recipient").get("name").asString();

        assertThat(created.header("Location")).isEqualTo("/api/v1/statements/" + statement.get("id").asString());
        assertThat(statement.get("text").asString()).isEqualTo("On " + deliveredAt
                + ", Forewarn duty-to-warn office delivered a warning to " + recipient + " (reference " + reference
                + "). The text delivered named Crocus City Hall, the window (“in the "
                + "coming weeks”), the place (Moscow and Krasnogorsk) and the actor (Islamic State). The exact text "
                + "delivered was: “" + Fixtures.CLEAN_TEXT + "”. Its delivery is proved by the signed receipt below "
                + "(Ed25519, key id " + receipt.get("keyId").asString() + "), which anyone can verify with the "
                + "published public key.");
        assertThat(statement.get("quotedText").asString()).isEqualTo(Fixtures.CLEAN_TEXT);
        assertThat(statement.get("state").asString()).isEqualTo("DRAFT");
        assertThat(statement.get("draftedBy").asString()).isEqualTo(APPROVER);
        assertThat(statement.get("warningReference").asString()).isEqualTo(reference);
        // Not approved yet: no proof attached.
        assertThat(statement.has("receipt")).isFalse();
        assertThat(statement.has("publicKey")).isFalse();
        // Nothing protected, and nothing about what was withheld or why.
        assertThat(statement.get("text").asString()).doesNotContain("NIGHTJAR", "CELL-7", "placeholder",
                "liaison-derived", "Would reveal", "withheld", "but not", "method");
        // The same text is offered, unstored, to start from.
        assertThat(api.as(ANALYST_APPROVER).get("/api/v1/warnings/" + warning + "/statements/draft").expect(200)
                .text("text")).isEqualTo(statement.get("text").asString());
    }

    @Test
    void aStatementNamingAProtectedTermOfTheCaseIsRefusedAndNothingIsStored() {
        String text = "Reporting codenamed NIGHTJAR led us to warn. The text delivered was: “" + Fixtures.CLEAN_TEXT
                + "”.";

        Api.Response refused = api.as(APPROVER).post("/api/v1/warnings/" + warning + "/statements",
                Map.of("text", text));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:forewarn:problem:tearline-leak");
        assertThat(refused.json().get("detail").asString()).contains("the protected term 'NIGHTJAR' as “NIGHTJAR”");
        assertThat(statementsOfWarning()).isEmpty();
        assertThat(recordedTypesOfWarning()).isEmpty();
    }

    @Test
    void aStatementThatDoesNotQuoteTheDeliveredTextIsRefused() {
        String paraphrase = "We told them that Islamic State planned to attack Crocus City Hall in the coming weeks.";

        Api.Response refused = api.as(APPROVER).post("/api/v1/warnings/" + warning + "/statements",
                Map.of("text", paraphrase));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:forewarn:problem:statement-must-quote");
        assertThat(refused.json().get("detail").asString()).contains("does not quote the delivered text",
                Fixtures.CLEAN_TEXT);
        assertThat(statementsOfWarning()).isEmpty();
    }

    @Test
    void aStatementWrittenByHandIsKeptAsWrittenWhenItQuotesTheText() {
        String text = "Our warning said, word for word:\r\n“" + Fixtures.CLEAN_TEXT + "”";

        JsonNode statement = api.as(APPROVER).post("/api/v1/warnings/" + warning + "/statements",
                Map.of("text", text)).expect(201).json();

        assertThat(statement.get("text").asString()).isEqualTo(text);
    }

    @Test
    void theDrafterCannotDecideTheirOwnStatementAndNothingChanges() {
        String id = draftedStatement();

        Api.Response refused = api.as(APPROVER).post("/api/v1/statements/" + id + "/decision",
                Map.of("approve", true));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:forewarn:problem:separation-of-duties");
        JsonNode after = api.as(APPROVER).get("/api/v1/statements/" + id).expect(200).json();
        assertThat(after.get("state").asString()).isEqualTo("DRAFT");
        assertThat(after.has("decidedBy")).isFalse();
        assertThat(api.as(AUDITOR).get("/api/v1/statements/" + id + "/bundle").status()).isEqualTo(409);
        assertThat(recordedTypesOfWarning()).containsExactly("StatementOfRecordDrafted");
    }

    @Test
    void aSecondApproverApprovesOnceAndTheStatementThenCarriesItsProof() {
        String id = draftedStatement();
        assertThat(dueStatements()).as("on the approvers' due queue while it waits").contains(warning);

        JsonNode approved = api.as(ANALYST_APPROVER).post("/api/v1/statements/" + id + "/decision",
                Map.of("approve", true, "note", "Checked against the receipt.")).expect(200).json();
        Api.Response again = api.as(ANALYST_APPROVER).post("/api/v1/statements/" + id + "/decision",
                Map.of("approve", false, "note", "Second thoughts."));

        assertThat(approved.get("state").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("decidedBy").asString()).isEqualTo(ANALYST_APPROVER);
        assertThat(approved.get("decisionNote").asString()).isEqualTo("Checked against the receipt.");
        assertThat(approved.get("receipt").get("jws").asString()).isEqualTo(receipt.get("jws").asString());
        assertThat(approved.get("receipt").get("canonicalPayload").asString())
                .isEqualTo(receipt.get("canonicalPayload").asString());
        assertThat(approved.get("receipt").get("keyId").asString()).isEqualTo(receipt.get("keyId").asString());
        assertThat(approved.get("publicKey").get("kid").asString()).isEqualTo(receipt.get("keyId").asString());
        assertThat(approved.get("verify").asString()).contains("docs/receipts.md");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).isEqualTo("urn:forewarn:problem:statement-already-decided");
        assertThat(api.as(AUDITOR).get("/api/v1/statements/" + id).expect(200).text("state")).isEqualTo("APPROVED");
        assertThat(recordedTypesOfWarning()).containsExactly("StatementOfRecordDrafted", "StatementOfRecordApproved");
        assertThat(dueStatements()).as("off the queue once decided").doesNotContain(warning);
        JsonNode proof = api.as(AUDITOR).get("/api/v1/threats/" + threat + "/review").expect(200).json()
                .get("receipts").get(0);
        assertThat(proof.get("statements").get(0).get("id").asString()).as("the report points to it").isEqualTo(id);
        assertThat(proof.get("sentence").asString()).contains("A statement of record quoting it was approved for "
                + "release by " + ANALYST_APPROVER);
    }

    @Test
    void theBundleHoldsOnlyReleasableContentAndVerifiesFromTheJwkAlone() throws Exception {
        JsonNode bundle = approvedBundle();
        String[] jws = bundle.get("receipt").get("jws").asString().split("\\.");
        String signed = new String(Base64.getUrlDecoder().decode(jws[1]), StandardCharsets.UTF_8);
        JsonNode payload = Api.JSON.readTree(signed);

        assertThat(verify(bundle.get("publicKey"), jws[0] + "." + jws[1], jws[2])).isTrue();
        assertThat(payload.get("releasableText").asString()).isEqualTo(bundle.get("quotedText").asString())
                .isEqualTo(Fixtures.CLEAN_TEXT);
        assertThat(bundle.get("statement").asString()).contains("“" + Fixtures.CLEAN_TEXT + "”");
        assertThat(bundle.get("warning").get("deliveredAt").asString())
                .isEqualTo(payload.get("deliveredAt").asString());
        assertThat(bundle.get("warning").get("recipient").asString())
                .isEqualTo(payload.get("recipient").get("name").asString());
        assertThat(bundle.get("warning").get("reference").asString()).isEqualTo(payload.get("reference").asString());
        assertThat(bundle.get("type").asString()).isEqualTo("forewarn.statement-of-record/v1");
        assertThat(bundle.get("issuer").asString()).isEqualTo("Forewarn duty-to-warn office");
        assertThat(Api.JSON.writeValueAsString(bundle.get("publicKey")))
                .isEqualTo(api.as(AUDITOR).get("/api/v1/signing-key").expect(200).body());
        // Nothing beyond the statement, the delivery as signed, the receipt and the key.
        assertThat(bundle.propertyNames()).containsExactlyInAnyOrder("type", "issuer", "statementId", "approvedAt",
                "statement", "quotedText", "warning", "receipt", "publicKey", "howToVerify");
        assertThat(bundle.get("receipt").propertyNames()).containsExactlyInAnyOrder("jws", "keyId", "issuedAt");
        assertThat(bundle.toString()).doesNotContain("NIGHTJAR", "CELL-7", "placeholder", "liaison-derived",
                "Would reveal", "withheldReasons", "armed assault on a crowded venue");
    }

    @Test
    void theScriptVerifiesTheBundleAndCatchesATamperedOne() throws Exception {
        // Never skipped: without the tools the test fails and says how to install them (.ci/run does).
        assertThat(onPath("jq") && onPath("openssl")).as("scripts/verify-statement.sh needs jq and openssl: "
                + "apt-get install -y jq openssl").isTrue();
        ObjectNode bundle = (ObjectNode) approvedBundle();
        Path good = write(bundle);
        ObjectNode changed = bundle.deepCopy();
        changed.put("statement", bundle.get("statement").asString().replace("Crocus City Hall", "a concert venue"));
        changed.put("quotedText", bundle.get("quotedText").asString().replace("Crocus City Hall", "a concert venue"));
        Path tampered = write(changed);
        ObjectNode unquoted = bundle.deepCopy();
        unquoted.put("statement", "The warning named no venue.");
        ObjectNode otherKey = bundle.deepCopy();
        String kid = bundle.get("publicKey").get("kid").asString();

        Result ok = run("scripts/verify-statement.sh", good.toString(), kid);
        Result bad = run("scripts/verify-statement.sh", tampered.toString());
        Result notQuoted = run("scripts/verify-statement.sh", write(unquoted).toString());
        Result wrongPublishedKey = run("scripts/verify-statement.sh", write(otherKey).toString(), "not-the-published-key");

        assertThat(ok.exit()).as(ok.output()).isZero();
        assertThat(ok.output()).contains("OK: the statement quotes exactly the text");
        assertThat(bad.exit()).as(bad.output()).isEqualTo(1);
        assertThat(bad.output()).contains("FAILED  the signed releasableText is the text the statement quotes")
                .contains("ok      the receipt's signature verifies").contains("NOT VERIFIED");
        assertThat(notQuoted.exit()).isEqualTo(1);
        assertThat(notQuoted.output()).contains("FAILED  the statement contains that text");
        assertThat(wrongPublishedKey.exit()).isEqualTo(1);
        assertThat(wrongPublishedKey.output()).contains("FAILED  the key is the one the issuer publishes");
    }

    @Test
    void aWarningNotYetDeliveredHasNoStatement() {
        String undelivered = cases.approvedDraft(threat, cases.recipient("PARTNER", Fixtures.liaisonChannel()),
                "LIAISON");

        Api.Response refused = api.as(APPROVER).post("/api/v1/warnings/" + undelivered + "/statements", null);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:forewarn:problem:no-receipt-yet");
        assertThat(api.as(APPROVER).get("/api/v1/warnings/" + undelivered + "/statements/draft").status())
                .isEqualTo(409);
        assertThat(api.as(APPROVER).get("/api/v1/warnings/" + undelivered + "/statements").expect(200).json()
                .get("items")).isEmpty();
    }

    @Test
    void anUnclearedReaderReadsAnApprovedStatementButAnUnclearedApproverCannotDraftOne() {
        String id = draftedStatement();
        api.as(ANALYST_APPROVER).post("/api/v1/statements/" + id + "/decision", Map.of("approve", true)).expect(200);

        Api.Response drafting = api.as(JUNIOR_APPROVER).post("/api/v1/warnings/" + warning + "/statements", null);
        JsonNode read = api.as(JUNIOR_ANALYST).get("/api/v1/statements/" + id).expect(200).json();

        assertThat(drafting.status()).isEqualTo(403);
        assertThat(drafting.json().get("type").asString()).isEqualTo("urn:forewarn:problem:not-cleared");
        assertThat(read.get("state").asString()).isEqualTo("APPROVED");
        assertThat(read.get("quotedText").asString()).isEqualTo(Fixtures.CLEAN_TEXT);
        assertThat(read.get("receipt").get("jws").asString()).isEqualTo(receipt.get("jws").asString());
        assertThat(api.as(JUNIOR_ANALYST).get("/api/v1/statements/" + id + "/bundle").expect(200).text("quotedText"))
                .isEqualTo(Fixtures.CLEAN_TEXT);
        assertThat(statementsOfWarning()).hasSize(1);
    }

    @Test
    void aRejectedStatementStaysOnRecordAndANewOneIsDraftedInItsPlace() {
        String first = draftedStatement();
        Api.Response noReason = api.as(ANALYST_APPROVER).post("/api/v1/statements/" + first + "/decision",
                Map.of("approve", false));
        api.as(ANALYST_APPROVER).post("/api/v1/statements/" + first + "/decision",
                Map.of("approve", false, "note", "Say when it was delivered in UTC too.")).expect(200);
        String second = draftedStatement();

        JsonNode page = api.as(AUDITOR).get("/api/v1/warnings/" + warning + "/statements").expect(200).json();

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(page.get("items").valueStream().map(s -> s.get("id").asString() + " " + s.get("state").asString())
                .toList()).containsExactly(second + " DRAFT", first + " REJECTED");
        assertThat(api.as(AUDITOR).get("/api/v1/statements/" + first + "/bundle").status()).isEqualTo(409);
        assertThat(recordedTypesOfWarning()).containsExactly("StatementOfRecordDrafted", "StatementOfRecordRejected",
                "StatementOfRecordDrafted");
    }

    private String draftedStatement() {
        return api.as(APPROVER).post("/api/v1/warnings/" + warning + "/statements", null).expect(201).id();
    }

    private JsonNode approvedBundle() {
        String id = draftedStatement();
        api.as(ANALYST_APPROVER).post("/api/v1/statements/" + id + "/decision", Map.of("approve", true)).expect(200);
        return api.as(AUDITOR).get("/api/v1/statements/" + id + "/bundle").expect(200).json();
    }

    private List<JsonNode> statementsOfWarning() {
        return api.as(AUDITOR).get("/api/v1/warnings/" + warning + "/statements").expect(200).json().get("items")
                .valueStream().toList();
    }

    private List<String> recordedTypesOfWarning() {
        return jdbc.sql("select event_type from audit_log where case_id = :threat "
                + "and subject_type = 'StatementOfRecord' order by sequence").param("threat", UUID.fromString(threat))
                .query(String.class).list();
    }

    /** Verification from the JWK alone, the way any third party would do it (as in ReceiptTests). */
    private static boolean verify(JsonNode jwk, String signingInput, String signature) throws Exception {
        return Ed25519Jwk.verifies(jwk, signingInput, signature);
    }

    private static Path write(JsonNode bundle) throws Exception {
        Path file = Files.createTempFile("statement-" + UUID.randomUUID(), ".json");
        file.toFile().deleteOnExit();
        Files.writeString(file, Api.JSON.writeValueAsString(bundle));
        return file;
    }

    private static boolean onPath(String tool) {
        try {
            return new ProcessBuilder("sh", "-c", "command -v " + tool).start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
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

    private java.util.List<String> dueStatements() {
        java.util.List<String> warnings = new java.util.ArrayList<>();
        api.as(ANALYST_APPROVER).all("/api/v1/due").forEach(item -> {
            if (item.get("kind").asString().equals("STATEMENT_AWAITING_APPROVAL")) {
                warnings.add(item.get("subjectId").asString());
            }
        });
        return warnings;
    }
}
