package org.forewarn.backup;

/**
 * Why a backup or restore stopped, in one sentence an operator can act on. {@link #refused()}
 * marks a refusal made before anything was touched (a non-empty data directory, an existing
 * archive file), which exits with its own code.
 */
final class BackupFailed extends RuntimeException {

    private final boolean refused;

    private BackupFailed(String message, boolean refused, Throwable cause) {
        super(message, cause);
        this.refused = refused;
    }

    static BackupFailed because(String message) {
        return new BackupFailed(message, false, null);
    }

    static BackupFailed because(String message, Throwable cause) {
        return new BackupFailed(message, false, cause);
    }

    static BackupFailed refused(String message) {
        return new BackupFailed(message, true, null);
    }

    boolean refused() {
        return refused;
    }
}
