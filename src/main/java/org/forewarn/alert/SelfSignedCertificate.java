package org.forewarn.alert;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A self-signed X.509 certificate for an RSA key, made with the JDK alone. The JDK has no public
 * API for making certificates (keytool uses internal classes) and BouncyCastle's certificate
 * builder (bcpkix) is not on the classpath, so this writes the few DER structures of RFC 5280
 * itself: a version 1 certificate (no extensions), signed SHA256withRSA, subject = issuer, and
 * then has the JDK parse and verify the result.
 */
final class SelfSignedCertificate {

    /** sha256WithRSAEncryption (1.2.840.113549.1.1.11) with its NULL parameters. */
    private static final byte[] SHA256_WITH_RSA = der(0x30, concat(
            new byte[] {0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x0b},
            new byte[] {0x05, 0x00}));
    /** id-at-commonName (2.5.4.3). */
    private static final byte[] COMMON_NAME = {0x06, 0x03, 0x55, 0x04, 0x03};

    private SelfSignedCertificate() {
    }

    static X509Certificate of(KeyPair keys, String commonName, Instant notBefore, Instant notAfter)
            throws GeneralSecurityException {
        byte[] name = der(0x30, der(0x31, der(0x30, concat(COMMON_NAME,
                der(0x0c, commonName.getBytes(StandardCharsets.UTF_8))))));
        byte[] tbs = der(0x30, concat(
                der(0x02, new BigInteger(63, new SecureRandom()).add(BigInteger.ONE).toByteArray()),
                SHA256_WITH_RSA,
                name,
                der(0x30, concat(time(notBefore), time(notAfter))),
                name,
                keys.getPublic().getEncoded()));
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(keys.getPrivate());
        signer.update(tbs);
        byte[] signature = signer.sign();
        byte[] certificate = der(0x30, concat(tbs, SHA256_WITH_RSA, der(0x03, concat(new byte[] {0}, signature))));
        X509Certificate parsed = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(certificate));
        parsed.verify(keys.getPublic());
        return parsed;
    }

    /** UTCTime until 2049, GeneralizedTime from 2050 on (RFC 5280 4.1.2.5). */
    private static byte[] time(Instant instant) {
        ZonedDateTime t = instant.atZone(ZoneOffset.UTC);
        boolean utcTime = t.getYear() < 2050;
        String text = DateTimeFormatter.ofPattern(utcTime ? "yyMMddHHmmss'Z'" : "yyyyMMddHHmmss'Z'").format(t);
        return der(utcTime ? 0x17 : 0x18, text.getBytes(StandardCharsets.US_ASCII));
    }

    /** One DER element: tag, definite length, content. */
    private static byte[] der(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int length = content.length;
        if (length < 0x80) {
            out.write(length);
        } else {
            byte[] digits = BigInteger.valueOf(length).toByteArray();
            int skip = digits[0] == 0 ? 1 : 0;
            out.write(0x80 | (digits.length - skip));
            out.write(digits, skip, digits.length - skip);
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
