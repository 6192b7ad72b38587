package org.forewarn.alert;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Properties;

import javax.xml.XMLConstants;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.forewarn.shared.ForewarnProperties;
import org.forewarn.shared.KeyFiles;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * Signs CAP documents as IPAWS v1.0 asks: an enveloped XML signature over the whole
 * {@code <alert>} (reference URI ""), RSA-SHA256, exclusive canonicalisation, with the X.509
 * certificate in {@code <KeyInfo>}. The RSA key and a self-signed certificate for it are made on
 * first start and kept in {@code <data-dir>/keys/cap-signing-key.properties} (owner-only, like the
 * receipt key): {@code private} is the PKCS#8 key and {@code certificate} the DER certificate, both
 * base64. An operator replaces both with a key and certificate the aggregator trusts.
 */
@Component
class CapSigner {

    static final String KEY_FILE = "cap-signing-key";
    private static final Duration VALIDITY = Duration.ofDays(3650);

    private final PrivateKey key;
    private final X509Certificate certificate;

    CapSigner(ForewarnProperties forewarn, Clock clock) {
        Path file = KeyFiles.in(forewarn, KEY_FILE);
        Properties stored = KeyFiles.loadOrCreate(file, "CAP signing key", () -> create(forewarn, clock.instant()));
        try {
            key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(
                    Base64.getDecoder().decode(stored.getProperty("private"))));
            certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                    new ByteArrayInputStream(Base64.getDecoder().decode(stored.getProperty("certificate"))));
        } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("The CAP signing key in " + file + " is unreadable", e);
        }
    }

    private static Properties create(ForewarnProperties forewarn, Instant now) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            X509Certificate certificate = SelfSignedCertificate.of(keys, forewarn.organization() + " CAP signing",
                    now.minus(Duration.ofDays(1)), now.plus(VALIDITY));
            Properties stored = new Properties();
            stored.setProperty("algorithm", "RSA");
            stored.setProperty("private", Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()));
            stored.setProperty("certificate", Base64.getEncoder().encodeToString(certificate.getEncoded()));
            return stored;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot make a CAP signing key and certificate", e);
        }
    }

    X509Certificate certificate() {
        return certificate;
    }

    /** The document with an enveloped signature as the last child of its root element. */
    String sign(String document) {
        try {
            Document dom = parse(document);
            XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
            Reference whole = factory.newReference("", factory.newDigestMethod(DigestMethod.SHA256, null),
                    List.of(factory.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                            factory.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)),
                    null, null);
            SignedInfo signedInfo = factory.newSignedInfo(
                    factory.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                    factory.newSignatureMethod(SignatureMethod.RSA_SHA256, null), List.of(whole));
            KeyInfoFactory keyInfos = factory.getKeyInfoFactory();
            KeyInfo keyInfo = keyInfos.newKeyInfo(List.of(keyInfos.newX509Data(List.of(certificate))));
            factory.newXMLSignature(signedInfo, keyInfo).sign(new DOMSignContext(key, dom.getDocumentElement()));
            return serialize(dom);
        } catch (Exception e) {
            throw new IllegalStateException("Signing the CAP document failed", e);
        }
    }

    private static Document parse(String document) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(document)));
    }

    private static String serialize(Document dom) throws Exception {
        dom.setXmlStandalone(true); // no standalone="no" in the declaration
        Transformer transformer = TransformerFactory.newDefaultInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        StringWriter out = new StringWriter();
        transformer.transform(new DOMSource(dom), new StreamResult(out));
        return out.toString();
    }
}
