package org.forewarn.identity;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether granting ADMIN needs a second administrator. On a fresh installation there is only one
 * administrator, who must be able to appoint a second; from the moment two accounts have held ADMIN,
 * it always does, even if administrators are later removed (otherwise removing one would reopen the
 * exception for whoever is left).
 */
@Component
class AdminQuorum {

    private final JdbcClient jdbc;
    private final Clock clock;

    AdminQuorum(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Called inside the transaction of a change of access; locks the state row, so two changes that
     * would each appoint "the second" administrator are decided one after the other.
     */
    boolean adminGrantNeedsSecondAdmin() {
        return jdbc.sql("select two_admins_since is not null from identity_state where id = 1 for update")
                .query(Boolean.class).single();
    }

    /** Called after any change of roles, in the same transaction: notes the moment two admins exist. */
    void update() {
        jdbc.sql("""
                update identity_state set two_admins_since = :now
                where id = 1 and two_admins_since is null
                  and (select count(*) from users where 'ADMIN' = any (roles)) >= 2""")
                .param("now", Timestamp.from(clock.instant())).update();
    }
}
