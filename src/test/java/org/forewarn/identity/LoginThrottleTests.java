package org.forewarn.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.ADMIN;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.forewarn.shared.ScenarioClock;
import org.forewarn.testing.Accounts;
import org.forewarn.testing.Api;
import org.forewarn.testing.IntegrationTest;
import org.forewarn.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Forty wrong passwords went through in 1.9 s and the right one was accepted right after. Now each
 * account and each client address gets a few free failures, then waits longer and longer, then is
 * locked out, on HTTP Basic and the console's login form alike, and the answers never tell whether
 * the account exists. Time is moved with the application clock, never slept; every test uses client
 * addresses of its own (MockMvc's 127.0.0.1 is shared by the whole suite).
 */
class LoginThrottleTests extends IntegrationTest {

    private static final String WRONG = "not-the-password-1";

    @Autowired
    ScenarioClock clock;
    @Autowired
    UserAdministration administration;
    @Autowired
    JdbcClient jdbc;

    Accounts accounts;
    Instant t0;

    @BeforeEach
    void start() {
        accounts = new Accounts(api, administration);
        t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    @Test
    void guessesOverHttpBasicAreDelayedThenLockedOutAndTheLockoutRefusesEvenTheRightPassword() {
        String name = accounts.provision(Accounts.unique("guessed"), Clearance.SECRET, Role.ANALYST);
        Api from = api.from(address());

        for (int i = 1; i <= 5; i++) {
            at(t0, () -> from.as(name, WRONG).get("/api/v1/me").expect(401));
        }
        at(t0, () -> from.as(name, WRONG).get("/api/v1/me").expect(401));
        var delayed = at(t0, () -> from.as(name, TestUsers.PASSWORD).get("/api/v1/me").expect(429));
        assertThat(delayed.header("Retry-After")).isEqualTo("1");
        assertThat(delayed.contentType()).startsWith("application/problem+json");
        assertThat(delayed.json().get("type").asString()).isEqualTo("urn:forewarn:problem:too-many-attempts");

        at(t0.plusSeconds(1), () -> from.as(name, WRONG).get("/api/v1/me").expect(401));
        assertThat(at(t0.plusSeconds(2), () -> from.as(name, WRONG).get("/api/v1/me").expect(429))
                .header("Retry-After")).isEqualTo("1");
        at(t0.plusSeconds(3), () -> from.as(name, WRONG).get("/api/v1/me").expect(401));
        at(t0.plusSeconds(7), () -> from.as(name, WRONG).get("/api/v1/me").expect(401));
        at(t0.plusSeconds(15), () -> from.as(name, WRONG).get("/api/v1/me").expect(401));

        var locked = at(t0.plusSeconds(15).plus(Duration.ofMinutes(14)),
                () -> from.as(name, TestUsers.PASSWORD).get("/api/v1/me").expect(429));
        assertThat(locked.header("Retry-After")).isEqualTo("60");
        at(t0.plusSeconds(15).plus(Duration.ofMinutes(15)),
                () -> from.as(name, TestUsers.PASSWORD).get("/api/v1/me").expect(200));
    }

    @Test
    void theLoginFormIsThrottledOnTheSameCount() throws Exception {
        String name = accounts.provision(Accounts.unique("form"), Clearance.SECRET, Role.ANALYST);
        String address = address();
        Api from = api.from(address);

        for (int i = 1; i <= 3; i++) {
            at(t0, () -> from.as(name, WRONG).get("/api/v1/me").expect(401));
        }
        for (int i = 1; i <= 3; i++) {
            assertThat(at(t0, () -> formSignIn(name, WRONG, address))).endsWith("/login?error");
        }

        assertThat(at(t0, () -> formSignIn(name, TestUsers.PASSWORD, address))).endsWith("/login?throttled");
        String page = mvc.perform(get("/login?throttled")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Too many attempts. Try again later.");
        assertThat(at(t0.plusSeconds(1), () -> formSignIn(name, TestUsers.PASSWORD, address))).endsWith("/console");
    }

    @Test
    void anAccountThatDoesNotExistIsAnsweredExactlyLikeOneThatDoes() {
        String known = accounts.provision(Accounts.unique("known"), Clearance.SECRET, Role.ANALYST);
        String disabled = accounts.provision(Accounts.unique("known-disabled"), Clearance.SECRET, Role.ANALYST);
        api.as(ADMIN).post("/api/v1/users/" + accounts.idOf(disabled) + "/disable", null).expect(200);
        String unknown = Accounts.unique("nobody");

        List<String> knownAnswers = answersTo(known);
        List<String> disabledAnswers = answersTo(disabled);
        List<String> unknownAnswers = answersTo(unknown);

        assertThat(knownAnswers).anyMatch(a -> a.startsWith("401\n")).anyMatch(a -> a.startsWith("429\n"))
                .anyMatch(a -> a.endsWith("/login?error")).anyMatch(a -> a.endsWith("/login?throttled"));
        assertThat(unknownAnswers).isEqualTo(knownAnswers);
        assertThat(disabledAnswers).isEqualTo(knownAnswers);
    }

    /**
     * The same guesses, by API and form, each at the same moment, from an address of its own; then the
     * right password (for the account that has one) while throttled. Every answer in full: status,
     * headers, body (or where the form redirects to).
     */
    private List<String> answersTo(String name) {
        String address = address();
        Api from = api.from(address);
        List<String> answers = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            answers.add(at(t0, () -> from.as(name, WRONG).get("/api/v1/threats")).whole());
            answers.add(at(t0, () -> formSignIn(name, WRONG, address)));
        }
        answers.add(at(t0, () -> from.as(name, TestUsers.PASSWORD).get("/api/v1/threats")).whole());
        answers.add(at(t0, () -> formSignIn(name, TestUsers.PASSWORD, address)));
        for (Instant at : new Instant[] {t0.plusSeconds(1), t0.plusSeconds(3), t0.plusSeconds(7), t0.plusSeconds(15)}) {
            answers.add(at(at, () -> from.as(name, WRONG).post("/api/v1/threats", "{}")).whole());
            answers.add(at(at, () -> from.as(name, TestUsers.PASSWORD).get("/api/v1/threats")).whole());
        }
        answers.add(at(t0.plusSeconds(20), () -> from.as(name, TestUsers.PASSWORD).get("/api/v1/threats")).whole());
        answers.add(at(t0.plusSeconds(20), () -> formSignIn(name, TestUsers.PASSWORD, address)));
        return answers;
    }

    @Test
    void oneAddressGuessingAcrossManyAccountsIsThrottledToo() {
        String someoneElse = accounts.provision(Accounts.unique("bystander"), Clearance.SECRET, Role.ANALYST);
        Api from = api.from(address());

        for (int i = 0; i < 21; i++) {
            String sprayed = Accounts.unique("spray");
            at(t0, () -> from.as(sprayed, WRONG).get("/api/v1/me").expect(401));
        }

        assertThat(at(t0, () -> from.as(Accounts.unique("fresh"), WRONG).get("/api/v1/me").expect(429))
                .header("Retry-After")).isEqualTo("1");
        at(t0, () -> from.as(someoneElse, TestUsers.PASSWORD).get("/api/v1/me").expect(429));
        at(t0, () -> api.from(address()).as(someoneElse, TestUsers.PASSWORD).get("/api/v1/me").expect(200));
    }

    @Test
    void aRememberedPasswordDoesNotGetPastALockout() {
        String name = accounts.provision(Accounts.unique("remembered"), Clearance.SECRET, Role.ANALYST);
        Api usual = api.from(address());
        at(t0, () -> usual.as(name).get("/api/v1/me").expect(200));
        at(t0, () -> usual.as(name).get("/api/v1/me").expect(200));

        lockOut(name, api.from(address()));

        at(t0.plus(Duration.ofMinutes(10)), () -> usual.as(name).get("/api/v1/me").expect(429));
    }

    @Test
    void aSuccessfulSignInDoesNotWipeTheCount() {
        String name = accounts.provision(Accounts.unique("interleaved"), Clearance.SECRET, Role.ANALYST);
        Api from = api.from(address());
        for (int i = 1; i <= 5; i++) {
            at(t0, () -> from.as(name, WRONG).get("/api/v1/me").expect(401));
        }
        at(t0, () -> from.as(name).get("/api/v1/me").expect(200));

        at(t0, () -> from.as(name, WRONG).get("/api/v1/me").expect(401));

        at(t0, () -> from.as(name).get("/api/v1/me").expect(429));
    }

    @Test
    void usernamesAreCountedWhateverTheirCase() {
        String name = accounts.provision(Accounts.unique("cased"), Clearance.SECRET, Role.ANALYST);
        Api from = api.from(address());
        for (int i = 1; i <= 3; i++) {
            at(t0, () -> from.as(name.toUpperCase(), WRONG).get("/api/v1/me").expect(401));
            at(t0, () -> from.as(name, WRONG).get("/api/v1/me").expect(401));
        }

        at(t0, () -> api.from(address()).as(name).get("/api/v1/me").expect(429));
    }

    @Test
    void anAdministratorSeesALockoutAndLiftsItAndBothAreAuditedOnce() {
        String name = accounts.provision(Accounts.unique("lifted"), Clearance.SECRET, Role.ANALYST);
        String address = address();
        lockOut(name, api.from(address));
        Instant later = t0.plus(Duration.ofMinutes(10));
        for (int i = 0; i < 5; i++) {
            at(later, () -> api.from(address).as(name, WRONG).get("/api/v1/me").expect(429));
        }

        JsonNode entries = at(later, () -> api.as(ADMIN).get("/api/v1/security/login-throttle").expect(200)).json();
        JsonNode account = find(entries, "ACCOUNT", name);
        JsonNode client = find(entries, "ADDRESS", address);
        assertThat(account.get("failures").asInt()).isEqualTo(10);
        assertThat(account.get("lockedOut").asBoolean()).isTrue();
        assertThat(Instant.parse(account.get("blockedUntil").asString()))
                .isEqualTo(t0.plus(Duration.ofMinutes(9 + 15)));
        assertThat(client.get("failures").asInt()).isEqualTo(10);

        String id = account.get("id").asString();
        at(later, () -> api.as(ADMIN).delete("/api/v1/security/login-throttle/" + id).expect(200));
        at(later, () -> api.from(address).as(name).get("/api/v1/me").expect(200));
        api.as(ADMIN).delete("/api/v1/security/login-throttle/" + id).expect(404);

        assertThat(auditTrailOf(id)).containsExactly("LoginLockedOut by system", "LoginThrottleLifted by " + ADMIN);
        assertThat(jdbc.sql("select payload from audit_log where subject_id = cast(:id as uuid) order by sequence")
                .param("id", id).query(String.class).list().get(0)).contains("\"failures\":10", name);
    }

    @Test
    void aNameNoAccountHasIsNeitherStoredNorRecorded() {
        // e.g. a password typed into the username field
        String typed = "Correct-Horse-Battery-" + ThreadLocalRandom.current().nextInt(1_000_000);
        String address = address();
        long before = jdbc.sql("select coalesce(max(sequence), 0) from audit_log").query(Long.class).single();
        lockOut(typed, api.from(address));

        JsonNode entries = at(t0.plus(Duration.ofMinutes(10)),
                () -> api.as(ADMIN).get("/api/v1/security/login-throttle").expect(200)).json();

        assertThat(entries.toString()).doesNotContainIgnoringCase(typed);
        JsonNode client = find(entries, "ADDRESS", address);
        assertThat(client.get("failures").asInt()).isEqualTo(10);
        assertThat(jdbc.sql("select count(*) from login_throttle where position(lower(:typed) in lower(key)) > 0")
                .param("typed", typed).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_log where position(lower(:typed) in lower(payload)) > 0")
                .param("typed", typed).query(Long.class).single()).isZero();
        // This test's lockout of the name began with its tenth failure, at t0 + 9 min (the address is not
        // locked out). Other tests lock accounts out at the same scenario time: only entries since this
        // test began, and only of a name no account has, are this test's.
        assertThat(jdbc.sql("""
                        select payload from audit_log where event_type = 'LoginLockedOut' and occurred_at = :at
                          and sequence > :before and position(:nobody in payload) > 0""")
                .param("at", java.sql.Timestamp.from(t0.plus(Duration.ofMinutes(9)))).param("before", before)
                .param("nobody", LoginLockedOut.NO_SUCH_ACCOUNT).query(String.class).list())
                .singleElement().satisfies(payload -> assertThat(payload).contains(LoginLockedOut.NO_SUCH_ACCOUNT,
                        "\"failures\":10", "\"since\":\"" + t0 + "\""));
    }

    /** Ten failures a minute apart (each allowed by the schedule) lock the account out until t0 + 9 + 15 minutes. */
    private void lockOut(String name, Api from) {
        for (int i = 0; i < 10; i++) {
            at(t0.plus(Duration.ofMinutes(i)), () -> from.as(name, WRONG).get("/api/v1/me").expect(401));
        }
        at(t0.plus(Duration.ofMinutes(10)), () -> from.as(name, WRONG).get("/api/v1/me").expect(429));
    }

    private String formSignIn(String name, String password, String address) {
        try {
            return mvc.perform(post("/login").param("username", name).param("password", password).with(csrf())
                    .with(r -> {
                        r.setRemoteAddr(address);
                        return r;
                    })).andReturn().getResponse().getRedirectedUrl();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> auditTrailOf(String subjectId) {
        return jdbc.sql("select event_type || ' by ' || actor from audit_log where subject_id = cast(:id as uuid) "
                + "order by sequence").param("id", subjectId).query(String.class).list();
    }

    private static JsonNode find(JsonNode entries, String kind, String subject) {
        for (JsonNode entry : entries) {
            if (entry.get("kind").asString().equals(kind) && entry.get("subject").asString().equals(subject)) {
                return entry;
            }
        }
        throw new AssertionError("no " + kind + " entry for " + subject + " in " + entries);
    }

    private <T> T at(Instant instant, Supplier<T> work) {
        return clock.at(instant, work);
    }

    /** A client address of this test's own, from the documentation range 198.18.0.0/15. */
    private static String address() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198." + (18 + random.nextInt(2)) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }
}
