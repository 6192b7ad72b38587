package org.forewarn.backup;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.forewarn.shared.ForewarnProperties;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * {@code java -jar forewarn.jar backup <file>} and {@code restore <file>}. Dispatched from
 * {@code main} before the server would start: the commands run in a Spring context that only
 * reads the settings (no web server, schedulers or demo), do their work, print one line and
 * return an exit code.
 */
public final class BackupCommand {

    /** Done. */
    public static final int OK = 0;
    /** The backup or restore failed (bad archive, database error); nothing was left half-done. */
    public static final int FAILED = 1;
    /** The command line is wrong; the usage was printed. */
    public static final int USAGE = 2;
    /** Refused before anything was touched: a non-empty data directory, an existing archive file. */
    public static final int REFUSED = 3;

    private static final Set<String> COMMANDS = Set.of("backup", "restore");

    private static final String USAGE_TEXT = """
            usage: java -jar forewarn.jar backup  <archive> [--forewarn.data-dir=DIR] [--spring.datasource.url=...]
                   java -jar forewarn.jar restore <archive> [--forewarn.data-dir=DIR]
              backup   writes the database (a consistent snapshot; the instance may keep running) and the
                       signing keys of DIR (default ./data) into a new archive file
              restore  rebuilds an instance from an archive into DIR, which must be new or empty
              The archive holds private keys: keep it encrypted and access-controlled.
              Exit codes: 0 done, 1 failed (nothing half-done), 2 wrong arguments, 3 refused (nothing touched).""";

    private BackupCommand() {
    }

    /** Whether the command line asks for one of these subcommands rather than the server. */
    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> positional = new ArrayList<>();
        List<String> options = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--help") || args[i].equals("-h")) {
                out.println(USAGE_TEXT);
                return OK;
            }
            (args[i].startsWith("--") ? options : positional).add(args[i]);
        }
        if (positional.size() != 1) {
            err.println(args[0] + ": " + (positional.isEmpty() ? "name the archive file" : "one archive file, not "
                    + positional));
            err.println(USAGE_TEXT);
            return USAGE;
        }
        Path archive = Path.of(positional.get(0)).toAbsolutePath().normalize();
        long started = System.nanoTime();
        try (ConfigurableApplicationContext context = settingsContext(options)) {
            Settings settings = settings(context);
            if (args[0].equals("backup")) {
                return backup(archive, settings, started, out, err);
            }
            return restore(archive, settings, started, out);
        } catch (BackupFailed e) {
            err.println(args[0] + " " + (e.refused() ? "refused" : "failed") + ": " + e.getMessage());
            return e.refused() ? REFUSED : FAILED;
        } catch (RuntimeException e) {
            err.println(args[0] + " failed: " + e.getMessage());
            return FAILED;
        }
    }

    private static int backup(Path archive, Settings settings, long started, PrintStream out, PrintStream err) {
        Backup.requireNew(archive);
        try (SourceDatabase database = SourceDatabase.of(settings)) {
            Backup.Written written = Backup.write(database, settings, archive, forewarnVersion());
            Manifest m = written.manifest();
            if (m.keys().isEmpty()) {
                err.println("backup warning: no signing keys in " + settings.keys() + "; receipts and IPAWS CAP "
                        + "documents signed so far will not verify against a restored instance's keys");
            }
            out.printf(Locale.ROOT, "Backed up %s (schema version %s, %d tables, %d rows, %d signing keys) to %s "
                            + "(%s) in %s. It holds private keys: store it encrypted.%n", database.description(),
                    m.schemaVersion(), m.tables().size(), m.rows(), m.keys().size(), archive, size(written.bytes()),
                    elapsed(started));
            return OK;
        } catch (java.io.IOException e) {
            throw BackupFailed.because("Stopping the database started for the backup failed: " + e.getMessage(), e);
        }
    }

    private static int restore(Path archive, Settings settings, long started, PrintStream out) {
        Manifest m = Restore.restore(archive, settings);
        out.printf(Locale.ROOT, "Restored %s (taken %s by Forewarn %s, schema version %s, %d tables, %d rows, "
                        + "%d signing keys) into %s in %s. Start Forewarn on it as usual.%n", archive, m.createdAt(),
                m.forewarnVersion(), m.schemaVersion(), m.tables().size(), m.rows(), m.keys().size(),
                settings.dataDir(), elapsed(started));
        return OK;
    }

    /** A context that only binds the settings, read like the server's (command line, environment, application.yml). */
    private static ConfigurableApplicationContext settingsContext(List<String> options) {
        return new SpringApplicationBuilder(SettingsOnly.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .registerShutdownHook(false)
                // The commands print their own one-line result; the database's start-up chatter is not for the operator.
                .properties("logging.level.root=warn")
                .run(options.toArray(String[]::new));
    }

    private static Settings settings(ConfigurableApplicationContext context) {
        Environment env = context.getEnvironment();
        return new Settings(context.getBean(ForewarnProperties.class).dataDirectory(),
                env.getProperty("spring.datasource.url"), env.getProperty("spring.datasource.username"),
                env.getProperty("spring.datasource.password"),
                List.of(env.getProperty("spring.flyway.locations", String[].class,
                        new String[] {"classpath:db/migration"})));
    }

    private static String forewarnVersion() {
        String version = BackupCommand.class.getPackage().getImplementationVersion();
        return version != null ? version : "(development build)";
    }

    private static String size(long bytes) {
        return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.1f kB", bytes / 1024.0)
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    private static String elapsed(long started) {
        Duration d = Duration.ofNanos(System.nanoTime() - started);
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    /** Binds {@code forewarn.*}; deliberately not a component, so the server's scan does not pick it up. */
    @EnableConfigurationProperties(ForewarnProperties.class)
    static class SettingsOnly {
    }
}
