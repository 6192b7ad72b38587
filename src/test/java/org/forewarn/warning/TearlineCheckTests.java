package org.forewarn.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.List;
import java.util.stream.Stream;

import com.ibm.icu.text.SpoofChecker;

import org.forewarn.threat.ProtectedDetails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TearlineCheckTests {

    /** The threat of the demo and the fixtures. */
    private static final ProtectedDetails FIXTURE = new ProtectedDetails(
            "liaison-derived reporting on an ISIS-K cell (placeholder)",
            "placeholder method name that must never reach a tearline", List.of("NIGHTJAR", "CELL-7 intercept", "ARC"));

    /** Protected details like those of the threat whose tearline an attacker got past the first check. */
    private static final ProtectedDetails ATTACKED = new ProtectedDetails(
            "a courier who works at the Lefortovo bakery on Krasnokazarmennaya street",
            "audio implant in delivery van", List.of("KESTREL", "NIGHTJAR", "OX9", "CROSSBILL", "BLUE HERON"));

    private static final Leak.Kind TERM = Leak.Kind.PROTECTED_TERM;
    private static final Leak.Kind METHOD = Leak.Kind.COLLECTION_METHOD;
    private static final Leak.Kind SOURCE = Leak.Kind.SOURCE_DESCRIPTION;
    private static final String AUDIO_IMPLANT = "audio implant in delivery van";

    /** One row per way of writing protected content so that it reads the same but is spelled differently. */
    static Stream<Arguments> evasions() {
        return Stream.of(
                evasion("case, spacing and punctuation", "From Night-jar reporting.", TERM, "NIGHTJAR", "Night-jar"),
                evasion("letters spaced out", "The N I G H T J A R file.", TERM, "NIGHTJAR", "N I G H T J A R"),
                evasion("Cyrillic capitals (К, Е)", "Our КЕSТRЕL reporting", TERM, "KESTREL", "КЕSТRЕL"),
                evasion("Cyrillic small letters", "our кеstrеl team", TERM, "KESTREL", "кеstrеl"),
                evasion("Greek capitals", "The ΚΕSΤRΕL file", TERM, "KESTREL", "ΚΕSΤRΕL"),
                evasion("Greek small letters", "From nιghtjαr reporting", TERM, "NIGHTJAR", "nιghtjαr"),
                evasion("mixed scripts and styles", "The Ｋ𝐄ѕᴛʀΕʟ file", TERM, "KESTREL", "Ｋ𝐄ѕᴛʀΕʟ"),
                evasion("stroke letter Ł", "KESTREŁ says so", TERM, "KESTREL", "KESTREŁ"),
                evasion("stroke letter Ħ", "NIGĦTJAR says so", TERM, "NIGHTJAR", "NIGĦTJAR"),
                evasion("stroke letter Ø", "the ØX9 unit", TERM, "OX9", "ØX9"),
                evasion("dotless ı", "From NıGHTJAR reporting", TERM, "NIGHTJAR", "NıGHTJAR"),
                evasion("ß for ss", "The CROßBILL team", TERM, "CROSSBILL", "CROßBILL"),
                evasion("small capitals", "From ᴋᴇsᴛʀᴇʟ reporting", TERM, "KESTREL", "ᴋᴇsᴛʀᴇʟ"),
                evasion("fullwidth", "From ＫＥＳＴＲＥＬ reporting", TERM, "KESTREL", "ＫＥＳＴＲＥＬ"),
                evasion("mathematical bold", "From 𝐊𝐄𝐒𝐓𝐑𝐄𝐋 reporting", TERM, "KESTREL", "𝐊𝐄𝐒𝐓𝐑𝐄𝐋"),
                evasion("mathematical double-struck", "From 𝕂𝔼𝕊𝕋ℝ𝔼𝕃 reporting", TERM, "KESTREL", "𝕂𝔼𝕊𝕋ℝ𝔼𝕃"),
                evasion("circled letters", "From ⓀⒺⓈⓉⓇⒺⓁ reporting", TERM, "KESTREL", "ⓀⒺⓈⓉⓇⒺⓁ"),
                evasion("negative squared letters", "From 🅺🅴🆂🆃🆁🅴🅻 reporting", TERM, "KESTREL", "🅺🅴🆂🆃🆁🅴🅻"),
                evasion("regional indicator letters", "From 🇰🇪🇸🇹🇷🇪🇱 reporting", TERM, "KESTREL", "🇰🇪🇸🇹🇷🇪🇱"),
                evasion("superscript letters", "From ᴷᴱˢᵀᴿᴱᴸ reporting", TERM, "KESTREL", "ᴷᴱˢᵀᴿᴱᴸ"),
                evasion("accents and overlays", "From K̶É̶S̶T̶R̶Ê̶L̶ reporting", TERM, "KESTREL", "K̶É̶S̶T̶R̶Ê̶L̶"),
                evasion("Hangul filler U+3164", "KES\u3164TREL says", TERM, "KESTREL", "KES\u3164TREL"),
                evasion("Hangul filler U+115F", "NIGHT\u115FJAR says", TERM, "NIGHTJAR", "NIGHT\u115FJAR"),
                evasion("halfwidth Hangul filler", "O\uFFA0X9 unit", TERM, "OX9", "O\uFFA0X9"),
                evasion("zero-width space", "KES\u200BTREL says", TERM, "KESTREL", "KES\u200BTREL"),
                evasion("zero-width joiner", "NI\u200DGHTJAR says", TERM, "NIGHTJAR", "NI\u200DGHTJAR"),
                evasion("soft hyphen", "KES\u00ADTREL says", TERM, "KESTREL", "KES\u00ADTREL"),
                evasion("variation selector", "O\uFE0FX9 unit", TERM, "OX9", "O\uFE0FX9"),
                evasion("tag characters", "KES\uDB40\uDC41TREL says", TERM, "KESTREL", "KES\uDB40\uDC41TREL"),
                evasion("bidi isolate", "NIGHT\u2066JAR says", TERM, "NIGHTJAR", "NIGHT\u2066JAR"),
                evasion("braille blank", "a KES\u2800TREL source", TERM, "KESTREL", "KES\u2800TREL"),
                evasion("modifier apostrophe U+02BC", "KES\u02BCTREL says", TERM, "KESTREL", "KES\u02BCTREL"),
                evasion("modifier turned comma U+02BB", "O\u02BBX9 unit", TERM, "OX9", "O\u02BBX9"),
                evasion("right single quote", "NIGHT\u2019JAR says", TERM, "NIGHTJAR", "NIGHT\u2019JAR"),
                evasion("decimal entity", "K&#69;STREL says", TERM, "KESTREL", "K&#69;STREL"),
                evasion("hex entity", "K&#x45;STREL says", TERM, "KESTREL", "K&#x45;STREL"),
                evasion("hex entity without semicolon", "K&#X45STREL says", TERM, "KESTREL", "K&#X45STREL"),
                evasion("decimal entity with leading zeros", "K&#000069STREL says", TERM, "KESTREL", "K&#000069STREL"),
                evasion("named entity", "K&Eacute;STREL says", TERM, "KESTREL", "K&Eacute;STREL"),
                evasion("named entity without semicolon", "K&EacuteSTREL says", TERM, "KESTREL", "K&EacuteSTREL"),
                evasion("named entity for a Cyrillic letter", "K&IEcy;STREL says", TERM, "KESTREL", "K&IEcy;STREL"),
                evasion("entity for an invisible character", "NIGHT&shy;JAR says", TERM, "NIGHTJAR", "NIGHT&shy;JAR"),
                evasion("double-encoded entity", "K&amp;#69;STREL says", TERM, "KESTREL", "K&amp;#69;STREL"),
                evasion("percent-encoding", "K%45STREL says", TERM, "KESTREL", "K%45STREL"),
                evasion("double percent-encoding", "K%2545STREL says", TERM, "KESTREL", "K%2545STREL"),
                evasion("percent-encoded UTF-8", "K%D0%95STREL says", TERM, "KESTREL", "K%D0%95STREL"),
                evasion("percent-encoded zero-width space", "NIGHT%E2%80%8BJAR says", TERM, "NIGHTJAR",
                        "NIGHT%E2%80%8BJAR"),
                evasion("percent-encoded entity", "K%26%2369%3BSTREL says", TERM, "KESTREL", "K%26%2369%3BSTREL"),
                evasion("backslash escape", "K\\u0045STREL says", TERM, "KESTREL", "K\\u0045STREL"),
                evasion("inline HTML tags inside a term", "<i>KES</i><i>TREL</i> says", TERM, "KESTREL",
                        "KES</i><i>TREL"),
                evasion("HTML comment inside a term", "KES<!-- -->TREL says", TERM, "KESTREL", "KES<!-- -->TREL"),
                evasion("encoded HTML tag inside a term", "K&lt;b&gt;ESTREL says", TERM, "KESTREL",
                        "K&lt;b&gt;ESTREL"),
                evasion("right-to-left override", "The \u202ELERTSEK\u202C file", TERM, "KESTREL", "LERTSEK"),
                evasion("sounded out in Cyrillic", "Our Кестрел reporting", TERM, "KESTREL", "Кестрел"),
                evasion("leetspeak digits", "From K3STR3L reporting", TERM, "KESTREL", "K3STR3L"),
                evasion("letters drawn with symbols", "From |<ESTRE|_ reporting", TERM, "KESTREL", "|<ESTRE|_"),
                evasion("letters drawn with symbols and leetspeak", "From N!GHTJ/\\R reporting", TERM, "NIGHTJAR",
                        "N!GHTJ/\\R"),
                evasion("leetspeak digits and symbols", "From N1GHTJ@R reporting", TERM, "NIGHTJAR", "N1GHTJ@R"),
                evasion("leetspeak dollar", "From KE$TREL reporting", TERM, "KESTREL", "KE$TREL"),
                evasion("a term's digit written as a letter", "the OXG unit", TERM, "OX9", "OXG"),
                evasion("a term's letter written as a digit", "the 0X9 unit", TERM, "OX9", "0X9"),
                evasion("a term's digit as a number word", "the OX nine unit", TERM, "OX9", "OX nine"),
                evasion("a term's digit in another script", "the OX٩ unit", TERM, "OX9", "OX٩"),
                evasion("short term spelled with dots", "the O.X.9 unit", TERM, "OX9", "O.X.9"),
                evasion("long term with a suffix", "The NIGHTJARs report", TERM, "NIGHTJAR", "NIGHTJARs"),
                evasion("short term with a symbol glued on", "the @OX9 unit", TERM, "OX9", "@OX9"),
                evasion("plural of a short term", "The OX9s are active", TERM, "OX9", "OX9s"),
                evasion("possessive of a short term", "OX9's work", TERM, "OX9", "OX9's"),
                evasion("possessive with a typographic apostrophe", "OX9’s work", TERM, "OX9", "OX9’s"),
                evasion("short term with -es", "two OX9es", TERM, "OX9", "OX9es"),
                evasion("short term with -ed", "we OX9ed it", TERM, "OX9", "OX9ed"),
                evasion("short term with -ing", "OX9ing works", TERM, "OX9", "OX9ing"),
                evasion("short term with -ers", "the OX9ers", TERM, "OX9", "OX9ers"),
                evasion("two-word term reversed", "A HERON BLUE report", TERM, "BLUE HERON", "HERON BLUE"),
                evasion("two-word term reversed with words between", "the heron, so blue", TERM, "BLUE HERON",
                        "heron, so blue"),
                evasion("two-word term inflected", "Blue herons were seen", TERM, "BLUE HERON", "Blue herons"),
                evasion("collection method", "Got it by audio implant in a delivery van.", METHOD, AUDIO_IMPLANT,
                        "audio implant in a delivery van"),
                evasion("three of the four method words", "an implant in the delivery van", METHOD, AUDIO_IMPLANT,
                        "implant in the delivery van"),
                evasion("method words reordered", "van, delivery, implant, audio", METHOD, AUDIO_IMPLANT,
                        "van, delivery, implant, audio"),
                evasion("two adjacent method words", "recorded by an audio implant", METHOD, AUDIO_IMPLANT,
                        "audio implant"),
                evasion("two adjacent method words reversed", "the implant (audio) worked", METHOD, AUDIO_IMPLANT,
                        "implant (audio"),
                evasion("method words disguised", "an 1MPL4NT in the D3L1V3RY V4N", METHOD, AUDIO_IMPLANT,
                        "1MPL4NT in the D3L1V3RY V4N"),
                evasion("two-word run of the source", "someone at the Lefortovo bakery", SOURCE, "Lefortovo bakery",
                        "Lefortovo bakery"),
                evasion("source run reversed", "the bakery in Lefortovo", SOURCE, "Lefortovo bakery",
                        "bakery in Lefortovo"),
                evasion("source run glued", "a LefortovoBakery contact", SOURCE, "Lefortovo bakery",
                        "LefortovoBakery"),
                evasion("source run inflected", "Lefortovo bakeries say", SOURCE, "Lefortovo bakery",
                        "Lefortovo bakeries"),
                evasion("source run in Cyrillic look-alikes", "the Lеfоrtоvо bаkеry", SOURCE, "Lefortovo bakery",
                        "Lеfоrtоvо bаkеry"),
                evasion("longer source run", "on Krasnokazarmennaya street, the bakery", SOURCE,
                        "bakery Krasnokazarmennaya street", "Krasnokazarmennaya street, the bakery"));
    }

    private static Arguments evasion(String family, String text, Leak.Kind kind, String term, String found) {
        return argumentSet(family, text, kind, term, found);
    }

    @ParameterizedTest
    @MethodSource("evasions")
    void evasiveWritingIsFoundAndLocatedInTheTextAsWritten(String text, Leak.Kind kind, String term, String found) {
        int start = text.indexOf(found);

        assertThat(TearlineCheck.leaks(text, ATTACKED))
                .containsExactly(new Leak(kind, term, start, start + found.length(), found));
    }

    /** Texts that must stay clean: the demo and fixtures, and words that merely resemble protected ones. */
    static Stream<Arguments> cleanTexts() {
        return Stream.of(
                clean("the demo warning", FIXTURE, "Credible information indicates Islamic State operatives plan an "
                        + "armed attack on large gatherings in Moscow in the coming weeks. Potential targets include "
                        + "Crocus City Hall in Krasnogorsk and a synagogue in Moscow."),
                clean("a short term inside longer words", FIXTURE, "We searched the archive."),
                clean("a short term before other letters", FIXTURE, "The archer walked to the arcade, arching."),
                clean("single words of the source", FIXTURE, "Reporting on an attack suggests a cell is active."),
                clean("the embassy alert", FIXTURE, "Security Alert: imminent plans to attack large gatherings in "
                        + "Moscow. The Embassy is monitoring reports that extremists have imminent plans to attack "
                        + "large gatherings in Moscow, to include concerts. Avoid large gatherings over the next 48 "
                        + "hours. Monitor local media for updates. Be aware of your surroundings. U.S. Embassy Moscow, "
                        + "+7 (495) 728-5000"),
                clean("the embassy alert in Russian", FIXTURE, "Предупреждение о безопасности. Посольство располагает "
                        + "сведениями о планах экстремистов атаковать массовые мероприятия в Москве, включая концерты. "
                        + "Избегайте массовых мероприятий в ближайшие 48 часов."),
                clean("common words of a method, apart", ATTACKED, "The van delivered bread; nobody was recorded."),
                clean("two words of the source that are not next to each other in it", ATTACKED,
                        "A courier brought a cake from the bakery."),
                clean("words of a two-word term far apart", ATTACKED,
                        "The sky was blue over the bay that morning, and later, at the lake, a heron fished."),
                clean("an ox and a number", ATTACKED, "An ox was seen near checkpoint 9."),
                clean("comparison signs", ATTACKED, "If a < b and c > d, the arrays [] and calls () are empty."),
                clean("numbers and symbols", ATTACKED, "Call +7 (495) 728-5000 before 09:00; costs $100 @ 5%!"),
                clean("encoded text that says nothing protected", ATTACKED, "Caf&eacute; %41BC &amp; \\u0041BC"),
                clean("function words that spell a short term", new ProtectedDetails(null, null, List.of("ISIS")),
                        "This is, is it not?"));
    }

    private static Arguments clean(String why, ProtectedDetails details, String text) {
        return argumentSet(why, details, text);
    }

    @ParameterizedTest
    @MethodSource("cleanTexts")
    void ordinaryTextIsNotFlagged(ProtectedDetails details, String text) {
        assertThat(TearlineCheck.leaks(text, details)).isEmpty();
    }

    @Test
    void confusableSkeletonLeavesGapsThatTheSupplementaryFoldCloses() {
        SpoofChecker tr39 = new SpoofChecker.Builder().build();

        // TR39 maps small capital E, Cyrillic small к and negative squared K to nothing like e or k ...
        assertThat(List.of("ᴇ", "к", "🅺"))
                .allSatisfy(letter -> assertThat(tr39.getSkeleton(letter)).doesNotContain("e", "k"));
        // ... the fold closes these gaps.
        assertThat(List.of("ᴇ", "к", "🅺")).extracting(letter -> CharacterFold.of(letter.codePointAt(0)).skeleton())
                .containsExactly("e", "k", "k");
    }

    @Test
    void termWithDigitsIsFoundWithItsDigitsWrittenAsDigitsLettersOrWords() {
        for (String text : List.of("Per the CELL-7 intercept.", "Per the cell 7-intercept.", "Per the CELLT intercept.",
                "Per the intercept of cell 7.", "Per the Cell Seven intercept.", "Per the intercept of cell seven.")) {
            assertThat(TearlineCheck.leaks(text, FIXTURE)).as(text).extracting(Leak::term)
                    .containsExactly("CELL-7 intercept");
        }
    }

    @Test
    void shortTermsMatchWholeWordsOnly() {
        assertThat(TearlineCheck.leaks("Operation ARC is under way; ARCs and arc's too.", FIXTURE))
                .extracting(Leak::found).containsExactly("ARC");
        assertThat(TearlineCheck.leaks("Research, searches, archives, parchment, arcade.", FIXTURE)).isEmpty();
    }

    @Test
    void collectionMethodIsFoundSpelledOut() {
        assertThat(TearlineCheck.leaks("via placeholder-method-name that must never reach a tearline", FIXTURE))
                .extracting(Leak::kind).containsExactly(METHOD);
    }

    @Test
    void sourceDescriptionIsNamedByTheFragmentFoundOnly() {
        String text = "Liaison derived reporting says so; the ISIS-K cell too.";

        assertThat(TearlineCheck.leaks(text, FIXTURE)).singleElement().satisfies(leak -> {
            assertThat(leak.kind()).isEqualTo(SOURCE);
            assertThat(leak.term()).isEqualTo("liaison derived reporting");
            assertThat(leak.found()).isEqualTo("Liaison derived reporting");
        });
    }

    @Test
    void everyLeakIsReportedInTextOrder() {
        List<Leak> leaks = TearlineCheck.leaks("CELL-7 intercept and NIGHTJAR, by audio implant; ОХ9s", ATTACKED);

        assertThat(leaks).extracting(Leak::term).containsExactly("NIGHTJAR", AUDIO_IMPLANT, "OX9");
        assertThat(TearlineCheck.leaks("CELL-7 intercept and NIGHTJAR", FIXTURE)).extracting(Leak::term)
                .containsExactly("CELL-7 intercept", "NIGHTJAR");
    }
}
