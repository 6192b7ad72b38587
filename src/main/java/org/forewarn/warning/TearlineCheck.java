package org.forewarn.warning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.forewarn.threat.ProtectedDetails;

/**
 * Finds protected content in a releasable text: any protected term, the collection method, or a
 * distinctive part of the source description, however it is disguised in writing.
 * <p>
 * The text and each protected item are reduced to a {@link TextSkeleton}: escapes decoded (HTML
 * character references, percent-encoding, backslash escapes, repeatedly) and HTML markup rendered,
 * invisible characters and apostrophes dropped, every letter folded to its Unicode TR39 confusable
 * skeleton (so Cyrillic К, fullwidth Ｋ, mathematical 𝐊, small capital ᴋ and circled Ⓚ are all K)
 * with case, accents and strokes removed, and digits or symbols that stand for letters read as
 * those letters ("K3STR3L", "|&lt;"). A text that directional controls reorder is also read in
 * display order, and one with letters of other scripts also sounded out in Latin ("Кестрел").
 * Each item is then looked for as a {@link ProtectedPhrase}: spelled out (whole words for short
 * items, ordinary suffixes allowed: "OX9s"), or as its words close together in any order (a
 * reversed term, three of four method words, two adjacent words of the source).
 * <p>
 * Each leak is located in the text as written (UTF-16 indices), so the console can mark it. Only
 * writing is matched: a paraphrase ("the bird that sings at night"), a translation into another
 * language, or a description that points to the source by implication passes; the approver's
 * reading of the text is the control for those. See docs/tearline.md.
 */
final class TearlineCheck {

    private TearlineCheck() {
    }

    static List<Leak> leaks(String text, ProtectedDetails details) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<TextSkeleton> readings = TextSkeleton.readings(text);
        List<Leak> leaks = new ArrayList<>();
        for (String term : details.protectedTerms()) {
            ProtectedPhrase.term(term).firstIn(readings)
                    .ifPresent(found -> leaks.add(leak(Leak.Kind.PROTECTED_TERM, term, found, text)));
        }
        String method = details.collectionMethod();
        if (method != null && !method.isBlank()) {
            ProtectedPhrase.collectionMethod(method).firstIn(readings)
                    .ifPresent(found -> leaks.add(leak(Leak.Kind.COLLECTION_METHOD, method, found, text)));
        }
        String source = details.sourceDescription();
        if (source != null && !source.isBlank()) {
            // One fragment is enough to refuse; naming more would repeat the source.
            ProtectedPhrase.sourceDescription(source).firstIn(readings).ifPresent(found -> leaks.add(
                    leak(Leak.Kind.SOURCE_DESCRIPTION, found.fragment(), found, text)));
        }
        leaks.sort(Comparator.comparingInt(Leak::start));
        return leaks;
    }

    private static Leak leak(Leak.Kind kind, String term, ProtectedPhrase.Found found, String text) {
        return new Leak(kind, term, found.start(), found.end(), text.substring(found.start(), found.end()));
    }
}
