package org.forewarn.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;

import org.forewarn.shared.ForewarnProperties;
import org.forewarn.shared.KeyFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CAP signing key and its self-signed certificate, kept in the data directory like the receipt key. */
class CapSignerTests {

    static final Instant NOW = Instant.parse("2026-03-07T12:00:00Z");

    @TempDir
    Path dataDir;

    private CapSigner signer() {
        return new CapSigner(new ForewarnProperties(dataDir, "U.S. Embassy Moscow", null), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void theKeyIsMadeOnFirstStartKeptOwnerOnlyAndReadBackOnTheNext() throws Exception {
        CapSigner first = signer();
        Path file = KeyFiles.in(new ForewarnProperties(dataDir, "x", null), CapSigner.KEY_FILE);

        assertThat(file).exists().isEqualTo(dataDir.toAbsolutePath().normalize().resolve(
                "keys/cap-signing-key.properties"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).contains("private=", "certificate=");
        assertThat(signer().certificate()).as("the same key after a restart").isEqualTo(first.certificate());
    }

    @Test
    void theCertificateIsSelfSignedForTheOrganisationAndValidForTenYears() throws Exception {
        var certificate = signer().certificate();

        certificate.verify(certificate.getPublicKey());
        assertThat(certificate.getSubjectX500Principal().getName()).isEqualTo("CN=U.S. Embassy Moscow CAP signing");
        assertThat(certificate.getIssuerX500Principal()).isEqualTo(certificate.getSubjectX500Principal());
        assertThat(certificate.getSigAlgName()).isEqualTo("SHA256withRSA");
        certificate.checkValidity(Date.from(NOW));
        certificate.checkValidity(Date.from(NOW.plusSeconds(9L * 365 * 24 * 3600)));
        assertThat(certificate.getNotAfter()).isAfter(Date.from(NOW.plusSeconds(3649L * 24 * 3600)));
    }
}
