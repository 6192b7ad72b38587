package org.forewarn.attribution;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Telling whether two names name the same party or actor: "Islamic State (Amaq)" and "islamic state"
 * are one; "Government of Ukraine" names Ukraine. Used to tie a denial to the attributions it denies,
 * never to merge two claims.
 */
final class Names {

    private Names() {
    }

    /** Lower case, accents and anything in brackets dropped, words separated by single spaces. */
    static String key(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .replaceAll("\\([^)]*\\)", " ").toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Whether the keys are equal or one is a whole run of words within the other. */
    static boolean sameOrWithin(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        String x = " " + a + " ";
        String y = " " + b + " ";
        return x.equals(y) || x.contains(y) || y.contains(x);
    }
}
