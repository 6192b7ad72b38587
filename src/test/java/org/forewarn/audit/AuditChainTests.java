package org.forewarn.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.ANALYST;
import static org.forewarn.testing.TestUsers.AUDITOR;

import org.forewarn.testing.Cases;
import org.forewarn.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tampering is done with SQL against the real database, inside a transaction that is rolled back
 * afterwards so the other tests keep a valid chain. The triggers that make the table append-only
 * are disabled first, as an attacker with database rights could.
 */
class AuditChainTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ChainVerifier verifier;

    @BeforeEach
    void someHistory() {
        Cases cases = new Cases(api);
        cases.threatWithDuty();
        cases.threatWithDuty();
    }

    @Test
    void intactChainVerifies() {
        // Workers may append while it runs: it must at least cover everything recorded before it was asked.
        long before = lastSequence();
        var result = api.as(AUDITOR).get("/api/v1/audit/verify").expect(200);
        long after = lastSequence();

        assertThat(result.json().get("valid").asBoolean()).isTrue();
        assertThat(result.json().get("entries").asLong()).isBetween(before, after);
        assertThat(result.json().has("firstInvalidSequence")).isFalse();
    }

    @Test
    void everyEntryLinksToTheOneBeforeAsTheAuditorReadsThem() {
        long last = lastSequence();
        // About ten pages whatever the log's size, so that page boundaries are crossed too.
        long size = Math.min(500, Math.max(5, last / 10));
        long expected = 1;
        String previousHash = Hashes.GENESIS;
        int pages = 0;
        // Page by page to the end of the log, as an auditor would read it.
        while (expected <= last) {
            var page = api.as(AUDITOR).get("/api/v1/audit?after=" + (expected - 1) + "&limit=" + size).expect(200)
                    .json().get("items");
            assertThat(page).as("entries after " + (expected - 1)).isNotEmpty();
            for (var entry : page) {
                assertThat(entry.get("sequence").asLong()).isEqualTo(expected);
                assertThat(entry.get("prevHash").asString()).as("entry " + expected).isEqualTo(previousHash);
                previousHash = entry.get("hash").asString();
                expected++;
            }
            pages++;
        }

        assertThat(expected - 1).isGreaterThanOrEqualTo(last);
        assertThat(pages).as("pages read").isGreaterThan(1);
    }

    @Test
    void appOwnedTableRefusesUpdatesAndDeletes() {
        long target = lastSequence() - 1;
        try {
            tx.executeWithoutResult(s -> jdbc.sql("update audit_log set actor = 'mallory' where sequence = :s")
                    .param("s", target).update());
            throw new AssertionError("the update should have been refused");
        } catch (DataAccessException expected) {
            assertThat(expected.getMostSpecificCause().getMessage()).contains("append-only");
        }
        try {
            tx.executeWithoutResult(s -> jdbc.sql("delete from audit_log where sequence = :s").param("s", target)
                    .update());
            throw new AssertionError("the delete should have been refused");
        } catch (DataAccessException expected) {
            assertThat(expected.getMostSpecificCause().getMessage()).contains("append-only");
        }
    }

    @Test
    void editedPayloadIsDetectedAndLocated() {
        long target = lastSequence() - 2;
        ChainVerification result = tampered("update audit_log set payload = replace(payload, 'APPROVE', 'REJECT') "
                + "where sequence = " + target,
                "update audit_log set payload = payload || ' ' where sequence = " + target);

        assertThat(result.valid()).isFalse();
        assertThat(result.firstInvalidSequence()).isEqualTo(target);
        assertThat(result.reason()).contains("altered");
    }

    @Test
    void editedActorIsDetectedAtThatEntry() {
        long end = lastSequence();
        long target = end - 3;
        ChainVerification result = tampered("update audit_log set actor = 'mallory' where sequence = " + target);

        assertThat(result.valid()).isFalse();
        assertThat(result.firstInvalidSequence()).isEqualTo(target);
        assertThat(result.entries()).as("the walk goes on to the end").isGreaterThanOrEqualTo(end);
    }

    @Test
    void deletedEntryIsDetectedWhereItWas() {
        long target = lastSequence() - 3;
        ChainVerification result = tampered("delete from audit_log where sequence = " + target);

        assertThat(result.valid()).isFalse();
        assertThat(result.firstInvalidSequence()).isEqualTo(target);
        assertThat(result.reason()).contains("missing");
    }

    @Test
    void reorderedEntriesAreDetected() {
        long b = lastSequence() - 3;
        long a = b - 1;
        ChainVerification result = tampered("update audit_log set sequence = -1 where sequence = " + a,
                "update audit_log set sequence = " + a + " where sequence = " + b,
                "update audit_log set sequence = " + b + " where sequence = -1");

        assertThat(result.valid()).isFalse();
        assertThat(result.firstInvalidSequence()).isEqualTo(a);
    }

    @Test
    void entriesCutOffTheEndAreDetected() {
        long last = lastSequence();
        ChainVerification result = tampered("delete from audit_log where sequence >= " + (last - 1));

        assertThat(result.valid()).isFalse();
        assertThat(result.firstInvalidSequence()).isEqualTo(last - 1);
        assertThat(result.reason()).contains("missing from the end");
    }

    @Test
    void rewrittenEntryWithRecomputedHashBreaksTheNextLink() {
        long target = lastSequence() - 3;
        AuditEntry entry = jdbc.sql("select * from audit_log where sequence = " + target).query(AuditRows.ENTRY).single();
        String forgedActor = "mallory";
        String forgedHash = Hashes.sha256Hex(AuditEntry.hashInput(entry.sequence(), entry.recordedAt(),
                entry.occurredAt(), entry.eventType(), forgedActor, entry.subjectType(), entry.subjectId(),
                entry.caseId(), entry.payload(), entry.prevHash()));

        ChainVerification result = tampered("update audit_log set actor = '" + forgedActor + "', hash = '" + forgedHash
                + "' where sequence = " + target);

        assertThat(result.valid()).isFalse();
        assertThat(result.firstInvalidSequence()).isEqualTo(target + 1);
        assertThat(result.reason()).contains("does not link");
    }

    @Test
    void onlyAuditorsReadTheLog() {
        api.as(ANALYST).get("/api/v1/audit").expect(403);
        api.as(ANALYST).get("/api/v1/audit/verify").expect(403);
    }

    private ChainVerification tampered(String... statements) {
        return tx.execute(status -> {
            status.setRollbackOnly();
            jdbc.sql("alter table audit_log disable trigger user").update();
            for (String sql : statements) {
                jdbc.sql(sql).update();
            }
            return verifier.verify();
        });
    }

    private long lastSequence() {
        return jdbc.sql("select coalesce(max(sequence), 0) from audit_log").query(Long.class).single();
    }
}
