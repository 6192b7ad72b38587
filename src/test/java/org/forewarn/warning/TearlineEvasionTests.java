package org.forewarn.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.ANALYST;
import static org.forewarn.testing.TestUsers.APPROVER;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.forewarn.testing.Cases;
import org.forewarn.testing.Fixtures;
import org.forewarn.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;

/**
 * The texts an attacker got past the first tearline check to an ADVERSARY recipient, one per
 * family of disguise, and variants of each: drafting is refused and the check reports them.
 */
class TearlineEvasionTests extends IntegrationTest {

    private String threat;
    private String adversary;

    @BeforeEach
    void threatWithTheAttackersProtectedDetails() {
        Map<String, Object> report = Fixtures.threat();
        report.put("protectedDetails", Map.of(
                "sourceDescription", "a courier who works at the Lefortovo bakery on Krasnokazarmennaya street",
                "collectionMethod", "audio implant in delivery van",
                "protectedTerms", List.of("KESTREL", "NIGHTJAR", "OX9", "CROSSBILL", "BLUE HERON")));
        threat = api.as(ANALYST).post("/api/v1/threats", report).expect(201).id();
        String determination = api.as(ANALYST).post("/api/v1/threats/" + threat + "/determinations",
                Fixtures.dutyToWarn()).expect(201).id();
        api.as(APPROVER).post("/api/v1/determinations/" + determination + "/approval", Map.of("decision", "APPROVE"))
                .expect(200);
        adversary = new Cases(api).recipient("ADVERSARY", Fixtures.liaisonChannel());
    }

    static Stream<Arguments> evasions() {
        return Stream.of(
                evasion("Cyrillic look-alikes", "Our КЕSТRЕL reporting confirms it.", "PROTECTED_TERM", "КЕSТRЕL"),
                evasion("Greek look-alikes", "The ΚΕSΤRΕL file confirms it.", "PROTECTED_TERM", "ΚΕSΤRΕL"),
                evasion("stroke letter", "KESTREŁ confirms it.", "PROTECTED_TERM", "KESTREŁ"),
                evasion("dotless i", "NıGHTJAR confirms it.", "PROTECTED_TERM", "NıGHTJAR"),
                evasion("sharp s", "The CROßBILL team confirms it.", "PROTECTED_TERM", "CROßBILL"),
                evasion("small capitals", "ᴋᴇsᴛʀᴇʟ confirms it.", "PROTECTED_TERM", "ᴋᴇsᴛʀᴇʟ"),
                evasion("negative squared letters", "🅺🅴🆂🆃🆁🅴🅻 confirms it.", "PROTECTED_TERM", "🅺🅴🆂🆃🆁🅴🅻"),
                evasion("Hangul filler", "KES\u3164TREL confirms it.", "PROTECTED_TERM", "KES\u3164TREL"),
                evasion("Hangul choseong filler", "NIGHT\u115FJAR confirms it.", "PROTECTED_TERM", "NIGHT\u115FJAR"),
                evasion("modifier apostrophe", "KES\u02BCTREL confirms it.", "PROTECTED_TERM", "KES\u02BCTREL"),
                evasion("halfwidth Hangul filler", "NIGH\uFFA0TJAR confirms it.", "PROTECTED_TERM", "NIGH\uFFA0TJAR"),
                evasion("decimal entity", "K&#69;STREL confirms it.", "PROTECTED_TERM", "K&#69;STREL"),
                evasion("hex entity without semicolon", "K&#x45STREL confirms it.", "PROTECTED_TERM", "K&#x45STREL"),
                evasion("named entity", "K&Eacute;STREL confirms it.", "PROTECTED_TERM", "K&Eacute;STREL"),
                evasion("percent-encoding", "K%45STREL confirms it.", "PROTECTED_TERM", "K%45STREL"),
                evasion("double percent-encoding", "K%2545STREL confirms it.", "PROTECTED_TERM", "K%2545STREL"),
                evasion("HTML tag inside a term", "KES<b></b>TREL confirms it.", "PROTECTED_TERM", "KES<b></b>TREL"),
                evasion("right-to-left override", "\u202ELERTSEK\u202C confirms it.", "PROTECTED_TERM", "LERTSEK"),
                evasion("leetspeak", "K3STR3L confirms it.", "PROTECTED_TERM", "K3STR3L"),
                evasion("leetspeak in a term with digits", "The 0X9 unit confirms it.", "PROTECTED_TERM", "0X9"),
                evasion("plural of a short term", "The OX9s confirm it.", "PROTECTED_TERM", "OX9s"),
                evasion("two-word term reversed", "The HERON BLUE report confirms it.", "PROTECTED_TERM",
                        "HERON BLUE"),
                evasion("three of four method words", "An implant in the delivery van confirms it.",
                        "COLLECTION_METHOD", "implant in the delivery van"),
                evasion("method words reordered", "Van, delivery, implant, audio: it is confirmed.",
                        "COLLECTION_METHOD", "Van, delivery, implant, audio"),
                evasion("two-word run of the source", "Someone at the Lefortovo bakery confirms it.",
                        "SOURCE_DESCRIPTION", "Lefortovo bakery"),
                evasion("two-word run of the source reversed", "A bakery in Lefortovo confirms it.",
                        "SOURCE_DESCRIPTION", "bakery in Lefortovo"));
    }

    private static Arguments evasion(String family, String sentence, String kind, String found) {
        return argumentSet(family, Fixtures.CLEAN_TEXT + " " + sentence, kind, found);
    }

    @ParameterizedTest
    @MethodSource("evasions")
    void evasiveTearlineToAnAdversaryIsRefusedAndNothingIsStored(String text, String kind, String found) {
        var response = api.as(ANALYST).post("/api/v1/threats/" + threat + "/warnings",
                Fixtures.warning(adversary, "LIAISON", text)).expect(422);

        assertThat(response.text("type")).endsWith("tearline-leak");
        assertThat(response.text("detail")).contains(found);
        assertThat(leaks(response.json())).containsExactly(kind + " " + found);
        assertThat(api.as(ANALYST).get("/api/v1/threats/" + threat + "/warnings").expect(200).json().get("items")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("evasions")
    void tearlineCheckReportsEvasiveText(String text, String kind, String found) {
        JsonNode result = api.as(ANALYST).post("/api/v1/threats/" + threat + "/tearline-check", Map.of("text", text))
                .expect(200).json();

        assertThat(result.get("clean").asBoolean()).isFalse();
        assertThat(leaks(result)).containsExactly(kind + " " + found);
        JsonNode leak = result.get("leaks").get(0);
        assertThat(text.substring(leak.get("start").asInt(), leak.get("end").asInt())).isEqualTo(found);
    }

    @Test
    void plainWarningToTheSameAdversaryIsDrafted() {
        api.as(ANALYST).post("/api/v1/threats/" + threat + "/warnings",
                Fixtures.warning(adversary, "LIAISON", Fixtures.CLEAN_TEXT)).expect(201);

        assertThat(api.as(ANALYST).get("/api/v1/threats/" + threat + "/warnings").expect(200).json().get("items")).hasSize(1);
    }

    private static List<String> leaks(JsonNode body) {
        return body.get("leaks").valueStream()
                .map(leak -> leak.get("kind").asString() + " " + leak.get("found").asString()).toList();
    }
}
