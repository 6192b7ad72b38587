package org.forewarn.audit;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the chain from the first entry. An edited row no longer matches its hash; a deleted
 * or re-numbered row breaks the sequence or the link to its predecessor; rows cut off the end no
 * longer reach the head.
 */
@Component
class ChainVerifier {

    private final JdbcTemplate jdbc;

    ChainVerifier(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(1000); // stream the log instead of loading it whole
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ChainVerification verify() {
        Walk walk = new Walk();
        jdbc.query("select * from audit_log order by sequence", (RowCallbackHandler) rs -> {
            walk.accept(AuditRows.ENTRY.mapRow(rs, 0));
        });
        if (walk.failedAt != null) {
            return new ChainVerification(false, walk.count, walk.failedAt, walk.reason);
        }
        var head = jdbc.queryForMap("select last_sequence, last_hash from audit_head where id = 1");
        long headSequence = ((Number) head.get("last_sequence")).longValue();
        if (walk.lastSequence != headSequence || !walk.lastHash.equals(head.get("last_hash"))) {
            long missing = Math.min(walk.lastSequence, headSequence) + 1;
            return new ChainVerification(false, walk.count, missing, walk.lastSequence < headSequence
                    ? "Entries " + missing + " to " + headSequence + " are missing from the end of the log."
                    : "The log does not end where the recorded head of the chain says it does.");
        }
        return new ChainVerification(true, walk.count, null, null);
    }

    /**
     * Checks the entries from {@code first} to {@code last} (every entry between, whichever case it
     * belongs to): each recomputes to its hash, each links to the one before, and the first links
     * to the entry that precedes it in the chain.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ChainVerification verifySegment(long first, long last) {
        Walk walk = new Walk();
        walk.lastSequence = first - 1;
        walk.lastHash = first <= 1 ? Hashes.GENESIS : jdbc.query("select hash from audit_log where sequence = ?",
                (rs, n) -> rs.getString(1), first - 1).stream().findFirst().orElse(null);
        if (walk.lastHash == null) {
            return new ChainVerification(false, 0, first - 1, "Entry " + (first - 1)
                    + ", which the segment links to, is missing from the log.");
        }
        jdbc.query("select * from audit_log where sequence between ? and ? order by sequence",
                (RowCallbackHandler) rs -> walk.accept(AuditRows.ENTRY.mapRow(rs, 0)), first, last);
        if (walk.failedAt != null) {
            return new ChainVerification(false, walk.count, walk.failedAt, walk.reason);
        }
        if (walk.lastSequence != last) {
            return new ChainVerification(false, walk.count, walk.lastSequence + 1, "Entries " + (walk.lastSequence + 1)
                    + " to " + last + " are missing from the log.");
        }
        return new ChainVerification(true, walk.count, null, null);
    }

    private static final class Walk {
        long count;
        long lastSequence;
        String lastHash = Hashes.GENESIS;
        Long failedAt;
        String reason;

        void accept(AuditEntry entry) {
            count++;
            if (failedAt != null) {
                return;
            }
            long expected = lastSequence + 1;
            if (entry.sequence() != expected) {
                fail(expected, "Entry " + expected + " is missing or out of order (found " + entry.sequence()
                        + " next).");
            } else if (!entry.prevHash().equals(lastHash)) {
                fail(entry.sequence(), "Entry " + entry.sequence()
                        + " does not link to the entry before it: an entry was removed, inserted or reordered.");
            } else if (!entry.hash().equals(entry.expectedHash())) {
                fail(entry.sequence(), "Entry " + entry.sequence() + " was altered after it was written.");
            }
            lastSequence = entry.sequence();
            lastHash = entry.hash();
        }

        void fail(long sequence, String why) {
            failedAt = sequence;
            reason = why;
        }
    }
}
