package org.forewarn;

import org.forewarn.backup.BackupCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ForewarnApplication {
    /** {@code forewarn.jar backup|restore <archive>} run their command and exit; anything else runs the server. */
    public static void main(String[] args) {
        if (BackupCommand.handles(args)) {
            System.exit(BackupCommand.run(args));
        }
        SpringApplication.run(ForewarnApplication.class, args);
    }
}
