package org.forewarn.shared;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings several modules read, directly under {@code forewarn}. Each module's own settings
 * are in its own record ({@code forewarn.warning.*}, {@code forewarn.security.*}, ...).
 *
 * @param dataDir      where the embedded PostgreSQL keeps its data ({@code postgres/}) and where the
 *                     signing keys of receipts and of IPAWS CAP documents are kept ({@code keys/},
 *                     {@link KeyFiles}); relative paths are taken from the working directory
 * @param organization who warnings, receipts and messages say they are from
 * @param nodeName     this process's name among the nodes sharing one database (job runs, fan-out chunks and
 *                     {@code pg_stat_activity} name it); unset: the host name and process id
 */
@ConfigurationProperties("forewarn")
public record ForewarnProperties(@DefaultValue("./data") Path dataDir,
                                 @DefaultValue("Forewarn duty-to-warn office") String organization,
                                 String nodeName) {

    public ForewarnProperties {
        SettingChecks.of("forewarn").notBlank(organization, "organization")
                .notBlank(dataDir.toString(), "data-dir").orThrow();
    }

    /** The data directory as an absolute path, so log messages and files name the same place. */
    public Path dataDirectory() {
        return dataDir.toAbsolutePath().normalize();
    }
}
