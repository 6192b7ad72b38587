package org.forewarn.identity;

import java.security.SecureRandom;
import java.util.Set;

import org.forewarn.shared.DemoMode;
import org.forewarn.shared.DomainException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * On the very first start (no users at all, and not a demo), creates {@code admin}. Its password
 * comes from {@code FOREWARN_ADMIN_PASSWORD}, or is generated, printed once to the console (never
 * to the log) and must be changed at first sign-in. This admin alone may appoint a second admin
 * without a confirmation (there is nobody to confirm); see {@link AdminQuorum}. Of several nodes
 * first started together on one database, one creates it; the others say so and go on.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminBootstrap implements ApplicationRunner {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final UserAdministration users;
    private final DemoMode demo;
    private final Environment environment;

    AdminBootstrap(UserAdministration users, DemoMode demo, Environment environment) {
        this.users = users;
        this.demo = demo;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo.on() || users.anyUserExists()) {
            return;
        }
        String given = environment.getProperty("FOREWARN_ADMIN_PASSWORD");
        boolean generated = given == null || given.isBlank();
        String password = generated ? generate() : given;
        try {
            users.createFirstAdmin(new NewUser("admin", "Administrator", password, Set.of(Role.ADMIN),
                    Clearance.UNCLASSIFIED, Set.of()), generated);
        } catch (DomainException | DataIntegrityViolationException e) {
            // Another node sharing the database started at the same moment and created it first.
            System.out.println("Forewarn first start: user 'admin' was created by another node; its password is there.");
            return;
        }
        if (generated) {
            System.out.println("""

                    ==================================================================
                     Forewarn first start: created user 'admin'
                     One-time password: %s
                     It is shown only now. Sign in at http://localhost:%s/ and change it
                     (the console asks for a new one), or through the API:
                       POST /api/v1/me/password {"currentPassword": ..., "newPassword": ...}
                    ==================================================================
                    """.formatted(password, environment.getProperty("local.server.port", "8080")));
        } else {
            System.out.println("Forewarn first start: created user 'admin' with the password from FOREWARN_ADMIN_PASSWORD.");
        }
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
