/**
 * {@code backup} and {@code restore}: the two subcommands of the Forewarn jar that copy an
 * instance's database (a logical, consistent export through JDBC) and its signing keys into one
 * archive and back into an empty data directory. Public: {@link org.forewarn.backup.BackupCommand},
 * which {@code ForewarnApplication.main} hands those subcommands to before any server starts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Backup")
package org.forewarn.backup;
