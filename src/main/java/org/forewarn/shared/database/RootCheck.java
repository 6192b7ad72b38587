package org.forewarn.shared.database;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import com.sun.security.auth.module.UnixSystem;

/**
 * PostgreSQL refuses to run as root. The embedded server then runs itself inside a user
 * namespace ({@code unshare -U}), which needs kernel support; say so plainly when it is missing
 * instead of failing later with initdb's terse message.
 */
final class RootCheck {

    private RootCheck() {
    }

    static void requireUsablePostgresUser() {
        if (!isRoot()) {
            return;
        }
        if (!unshareWorks()) {
            throw new IllegalStateException("""
                    Forewarn is running as root, and PostgreSQL refuses to run as root. The embedded \
                    database works around this with a user namespace ('unshare -U'), but this machine \
                    does not allow one (is kernel.unprivileged_userns_clone or user.max_user_namespaces \
                    0, or is util-linux missing?). Either run Forewarn as a normal user, enable user \
                    namespaces, or point it at a PostgreSQL server with --spring.datasource.url=jdbc:postgresql://...""");
        }
    }

    private static boolean isRoot() {
        try {
            return new UnixSystem().getUid() == 0;
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static boolean unshareWorks() {
        try {
            Process p = new ProcessBuilder("unshare", "-U", "true").redirectErrorStream(true).start();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
