package org.forewarn.identity;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether granting ADMIN needs a second administrator. It does, except in the single-admin
 * bootstrap: on a fresh installation the first-start admin must be able to appoint a second one.
 * That window is opened only by the first-start admin's creation and closes for good once two
 * accounts hold ADMIN; removing administrators later does not reopen it (or whoever was left could
 * appoint an administrator of their own). A demo never opens it.
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
        return jdbc.sql("select not single_admin_bootstrap from identity_state where id = 1 for update")
                .query(Boolean.class).single();
    }

    /** The first-start admin was just created on an empty installation: it may appoint the second. */
    void openBootstrap() {
        jdbc.sql("""
                update identity_state set single_admin_bootstrap = true
                where id = 1 and bootstrap_closed_at is null and (select count(*) from users) = 1""").update();
    }

    /** Called after any change of roles, in the same transaction: closes the bootstrap once two admins exist. */
    void update() {
        jdbc.sql("""
                update identity_state set single_admin_bootstrap = false, bootstrap_closed_at = :now
                where id = 1 and single_admin_bootstrap
                  and (select count(*) from users where 'ADMIN' = any (roles)) >= 2""")
                .param("now", Timestamp.from(clock.instant())).update();
    }
}
