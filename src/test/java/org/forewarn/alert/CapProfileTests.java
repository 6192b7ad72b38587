package org.forewarn.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.CONSULAR;

import java.io.StringReader;
import java.security.Key;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.xml.crypto.AlgorithmMethod;
import javax.xml.crypto.KeySelector;
import javax.xml.crypto.KeySelectorException;
import javax.xml.crypto.KeySelectorResult;
import javax.xml.crypto.XMLCryptoContext;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.X509Data;
import javax.xml.parsers.DocumentBuilderFactory;

import org.forewarn.testing.Cases;
import org.forewarn.testing.Fixtures;
import org.forewarn.testing.IntegrationTest;
import org.forewarn.testing.XmlSchemas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * National CAP profiles through the API: each profile's code, event code, geocode and time zone
 * offset in the published CAP, CAP-AU's Cancel without effective, the IPAWS signature, and refusals
 * that name what is missing and store nothing.
 */
class CapProfileTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private static final String CAP_CP_LOCATION = "profile:CAP-CP:Location:0.3";
    private static final String CAP_AU_EVENTS = "https://govshare.gov.au/xmlui/handle/10772/6495";

    private static Map<String, Object> alert(String timeZone, Map<String, String> geocodes, String... profiles) {
        Map<String, Object> alert = Fixtures.embassyAlert();
        alert.put("headline", "Security Alert " + UUID.randomUUID());
        alert.put("timeZone", timeZone);
        Map<String, Object> area = new HashMap<>();
        area.put("description", "Around the venue");
        area.put("circle", Map.of("lat", 38.8977, "lon", -77.0365, "radiusKm", 5));
        area.put("geocodes", geocodes);
        alert.put("area", area);
        alert.put("profiles", List.of(profiles));
        alert.put("eventKind", "TERRORISM");
        return alert;
    }

    private String publishedCap(Map<String, Object> alert) {
        return cap(new Cases(api).publishedAlert(alert));
    }

    private String cap(String id) {
        return api.anonymous().get("/alerts/" + id + ".cap").expect(200).body();
    }

    @Test
    void anIpawsAlertCarriesItsCodeTheSameEventCodeAndGeocodeAndTheLocalOffset() throws Exception {
        String cap = publishedCap(alert("America/New_York", Map.of("SAME", "011001"), "IPAWS_V1"));

        assertThat(XmlSchemas.capProblems(cap)).isEmpty();
        Document doc = parse(cap);
        assertThat(texts(doc, "code")).containsExactly("IPAWSv1.0");
        assertThat(pairs(doc, "eventCode")).as("one per info block, English and Russian")
                .containsExactly("SAME=CDW", "SAME=CDW");
        assertThat(pairs(doc, "geocode")).containsExactly("SAME=011001", "SAME=011001");
        assertThat(texts(doc, "sent").get(0)).matches(".*T\\d\\d:\\d\\d:\\d\\d-0[45]:00");
        assertThat(texts(doc, "expires")).allMatch(t -> t.matches(".*T\\d\\d:\\d\\d:\\d\\d-0[45]:00"));
    }

    @Test
    void theIpawsSignatureValidatesWithItsKeyInfoCertificateAndFailsOnceTheHeadlineIsTampered() throws Exception {
        String cap = publishedCap(alert("America/Chicago", Map.of("SAME", "017031"), "IPAWS_V1"));

        XMLSignature signature = signature(parse(cap));
        assertThat(signature.getSignedInfo().getSignatureMethod().getAlgorithm()).isEqualTo(SignatureMethod.RSA_SHA256);
        assertThat(signature.getSignedInfo().getCanonicalizationMethod().getAlgorithm())
                .isEqualTo(CanonicalizationMethod.EXCLUSIVE);
        Reference whole = (Reference) signature.getSignedInfo().getReferences().get(0);
        assertThat(whole.getURI()).as("the whole alert").isEmpty();
        assertThat(((List<?>) whole.getTransforms()).stream().map(t -> ((Transform) t).getAlgorithm()))
                .contains(Transform.ENVELOPED);
        assertThat(validates(cap)).isTrue();

        String tampered = cap.replaceFirst("<headline>Security Alert", "<headline>Security Alerx");
        assertThat(tampered).isNotEqualTo(cap);
        assertThat(validates(tampered)).isFalse();
    }

    @Test
    void aCanadianAlertCarriesTheCapCpCodeEventCodeAndLocationAndIsNotSigned() throws Exception {
        String cap = publishedCap(alert("America/Toronto", Map.of(CAP_CP_LOCATION, "3506008"), "CAP_CP"));

        assertThat(XmlSchemas.capProblems(cap)).isEmpty();
        Document doc = parse(cap);
        assertThat(texts(doc, "code")).containsExactly("profile:CAP-CP:0.4");
        assertThat(pairs(doc, "eventCode")).containsOnly("profile:CAP-CP:Event:0.4=terrorism").hasSize(2);
        assertThat(pairs(doc, "geocode")).containsOnly(CAP_CP_LOCATION + "=3506008");
        assertThat(texts(doc, "sent").get(0)).matches(".*-0[45]:00");
        assertThat(doc.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature").getLength()).isZero();
    }

    @Test
    void anAustralianAlertUsesTheEventListAndItsCancelHasNoEffective() throws Exception {
        Map<String, Object> alert = alert("Australia/Sydney", Map.of(), "CAP_AU");
        String id = new Cases(api).publishedAlert(alert);
        String cap = cap(id);

        assertThat(XmlSchemas.capProblems(cap)).isEmpty();
        Document doc = parse(cap);
        assertThat(texts(doc, "code")).containsExactly("urn:oasis:names:tc:emergency:cap:1.2:profile:CAP-AU:1.0");
        assertThat(pairs(doc, "eventCode")).containsOnly(CAP_AU_EVENTS + "=terrorism").hasSize(2);
        assertThat(texts(doc, "event")).as("AUeventLIST's event, in every info block").containsOnly("Terrorism");
        assertThat(texts(doc, "effective")).hasSize(2).allMatch(t -> t.matches(".*\\+1[01]:00"));

        String cancelId = api.as(CONSULAR).post("/api/v1/alerts/" + id + "/cancel", null).expect(201).id();
        Document cancel = parse(cap(cancelId));

        assertThat(XmlSchemas.capProblems(cap(cancelId))).isEmpty();
        assertThat(texts(cancel, "msgType")).containsExactly("Cancel");
        assertThat(texts(cancel, "code")).containsExactly("urn:oasis:names:tc:emergency:cap:1.2:profile:CAP-AU:1.0");
        assertThat(texts(cancel, "effective")).isEmpty();
        assertThat(texts(cancel, "expires")).isNotEmpty();
    }

    @Test
    void allThreeProfilesTogetherGiveOneValidSignedDocument() throws Exception {
        Map<String, String> geocodes = new LinkedHashMap<>();
        geocodes.put("SAME", "011001");
        geocodes.put(CAP_CP_LOCATION, "3506008");
        Map<String, Object> alert = alert("America/New_York", geocodes, "IPAWS_V1", "CAP_CP", "CAP_AU");
        String id = new Cases(api).publishedAlert(alert);
        String cap = cap(id);

        assertThat(XmlSchemas.capProblems(cap)).isEmpty();
        assertThat(texts(parse(cap), "code")).containsExactly("IPAWSv1.0", "profile:CAP-CP:0.4",
                "urn:oasis:names:tc:emergency:cap:1.2:profile:CAP-AU:1.0");
        assertThat(validates(cap)).isTrue();
        var view = api.as(CONSULAR).get("/api/v1/alerts/" + id).expect(200).json();
        assertThat(view.get("profiles").toString()).isEqualTo("[\"IPAWS_V1\",\"CAP_CP\",\"CAP_AU\"]");
        assertThat(view.get("eventKind").asString()).isEqualTo("TERRORISM");
        assertThat(view.get("area").get("geocodes").get("SAME").asString()).isEqualTo("011001");
    }

    @Test
    void aMissingOrMalformedGeocodeIsRefusedNamingItAndNothingIsStored() {
        Map<String, Object> noSame = alert("America/New_York", Map.of(), "IPAWS_V1");
        Map<String, Object> shortSame = alert("America/New_York", Map.of("SAME", "11001"), "IPAWS_V1");
        Map<String, Object> noLocation = alert("America/Toronto", Map.of("SAME", "011001"), "CAP_CP");

        var refused = api.as(CONSULAR).post("/api/v1/alerts", noSame).expect(400);

        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(fields(refused.json())).containsExactly("area.geocodes.SAME");
        assertThat(refused.json().get("errors").get(0).get("message").asString())
                .contains("IPAWS v1.0 requires a SAME geocode", "6 digits");
        assertThat(fields(api.as(CONSULAR).post("/api/v1/alerts", shortSame).expect(400).json()))
                .containsExactly("area.geocodes.SAME");
        assertThat(fields(api.as(CONSULAR).post("/api/v1/alerts", noLocation).expect(400).json()))
                .containsExactly("area.geocodes." + CAP_CP_LOCATION);
        for (Map<String, Object> alert : List.of(noSame, shortSame, noLocation)) {
            assertThat(stored(alert)).as("stored after a refusal").isZero();
        }
    }

    @Test
    void ipawsRefusesAZeroOffsetAndEveryProfileNeedsAnEventKind() {
        Map<String, Object> utc = alert("UTC", Map.of("SAME", "011001"), "IPAWS_V1");
        Map<String, Object> noKind = alert("America/New_York", Map.of("SAME", "011001"), "IPAWS_V1");
        noKind.remove("eventKind");

        assertThat(fields(api.as(CONSULAR).post("/api/v1/alerts", utc).expect(400).json()))
                .containsExactly("timeZone");
        assertThat(fields(api.as(CONSULAR).post("/api/v1/alerts", noKind).expect(400).json()))
                .containsExactly("eventKind");
        assertThat(stored(utc) + stored(noKind)).isZero();
    }

    @Test
    void anUpdateThatDropsTheRequiredGeocodeIsRefusedAndTheAlertStaysAsItWas() {
        String id = new Cases(api).publishedAlert(alert("America/New_York", Map.of("SAME", "011001"), "IPAWS_V1"));

        var refused = api.as(CONSULAR).post("/api/v1/alerts/" + id + "/update", Map.of("area", Map.of(
                "description", "Downtown", "circle", Map.of("lat", 38.9, "lon", -77.03, "radiusKm", 2)))).expect(400);

        assertThat(fields(refused.json())).containsExactly("area.geocodes.SAME");
        assertThat(api.as(CONSULAR).get("/api/v1/alerts/" + id).expect(200).text("status")).isEqualTo("PUBLISHED");
        String dropped = api.as(CONSULAR).post("/api/v1/alerts/" + id + "/update",
                Map.of("profiles", List.of(), "area", Map.of("description", "Downtown", "circle",
                        Map.of("lat", 38.9, "lon", -77.03, "radiusKm", 2)))).expect(201).id();
        assertThat(cap(dropped)).doesNotContain("<code>", "<eventCode>", "Signature").contains("-00:00</sent>");
    }

    // --- helpers ---

    private long stored(Map<String, Object> alert) {
        return jdbc.sql("select count(*) from public_alerts where headline = :h").param("h", alert.get("headline"))
                .query(Long.class).single();
    }

    private static List<String> fields(tools.jackson.databind.JsonNode problem) {
        return problem.get("errors").findValuesAsString("field");
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static List<String> texts(Document doc, String element) {
        NodeList nodes = doc.getElementsByTagNameNS(CapDocument.NAMESPACE, element);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    /** Each eventCode or geocode as "valueName=value". */
    private static List<String> pairs(Document doc, String element) {
        NodeList nodes = doc.getElementsByTagNameNS(CapDocument.NAMESPACE, element);
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element pair = (Element) nodes.item(i);
            pairs.add(pair.getElementsByTagNameNS(CapDocument.NAMESPACE, "valueName").item(0).getTextContent() + "="
                    + pair.getElementsByTagNameNS(CapDocument.NAMESPACE, "value").item(0).getTextContent());
        }
        return pairs;
    }

    private static XMLSignature signature(Document doc) throws Exception {
        NodeList signatures = doc.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature");
        assertThat(signatures.getLength()).isEqualTo(1);
        return XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(
                new DOMValidateContext(new CertificateInKeyInfo(), signatures.item(0)));
    }

    /** Validates as a receiver would: with the key of the certificate the signature carries. */
    private static boolean validates(String xml) throws Exception {
        Document doc = parse(xml);
        NodeList signatures = doc.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature");
        DOMValidateContext context = new DOMValidateContext(new CertificateInKeyInfo(), signatures.item(0));
        return XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(context).validate(context);
    }

    private static final class CertificateInKeyInfo extends KeySelector {
        @Override
        public KeySelectorResult select(KeyInfo keyInfo, Purpose purpose, AlgorithmMethod method,
                XMLCryptoContext context) throws KeySelectorException {
            for (Object content : keyInfo.getContent()) {
                if (content instanceof X509Data data) {
                    for (Object item : data.getContent()) {
                        if (item instanceof X509Certificate certificate) {
                            Key key = certificate.getPublicKey();
                            return () -> key;
                        }
                    }
                }
            }
            throw new KeySelectorException("no X.509 certificate in KeyInfo");
        }
    }
}
