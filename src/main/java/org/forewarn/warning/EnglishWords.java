package org.forewarn.warning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The English the tearline check knows: words that carry no meaning of their own, and the
 * ordinary suffixes a word takes. All in folded form ({@link CharacterFold#word}), so "7H3" is
 * "the" and "1NGS" is "ings".
 */
final class EnglishWords {

    /** Function words (a Snowball-style list) plus modal verbs and negations. */
    private static final Set<String> STOPWORDS = folded("a about above after again against all also am an and any "
            + "are as at be because been before being below between both but by can could did do does doing down "
            + "during each few for from further had has have having he her here hers herself him himself his how i "
            + "if in into is it its itself just may me might more most must my myself never no nor not now of off on "
            + "once only or other our ours ourselves out over own per same shall she should so some such than that "
            + "the their theirs them themselves then there these they this those through to too under until up upon "
            + "very via was we were what when where which while who whom why will with within without would you "
            + "your yours yourself yourselves");

    /** Ordinary English suffixes (the apostrophe of 's is a joiner, so 's is s). */
    static final List<String> SUFFIXES = List.of("s", "es", "d", "ed", "ing", "ings", "er", "ers");
    private static final Set<String> FOLDED_SUFFIXES = folded(String.join(" ", SUFFIXES));
    private static final String Y = CharacterFold.word("y");
    private static final String E = CharacterFold.word("e");
    private static final Set<String> Y_SUFFIXES = folded("ies ied");
    private static final Set<String> E_SUFFIXES = folded("es ed ing ings er ers");
    /** A stem shorter than this is too common to compare ("bus" is not "bu" + s). */
    private static final int MIN_STEM = 3;

    private EnglishWords() {
    }

    static boolean isStopword(String folded) {
        return STOPWORDS.contains(folded);
    }

    /** Whether the letters of {@code folded} from {@code from} up to {@code to} are one of the {@link #SUFFIXES}. */
    static boolean isSuffix(String folded, int from, int to) {
        return FOLDED_SUFFIXES.contains(folded.substring(from, to));
    }

    /**
     * The word and what it is with one ordinary suffix taken off ("reporting" and "reports" share
     * "report", "bakeries" gives "bakery", "deriving" gives "derive"); two words with a stem in
     * common are the same word.
     */
    static List<String> stems(String folded) {
        List<String> stems = new ArrayList<>(4);
        stems.add(folded);
        for (String suffix : FOLDED_SUFFIXES) {
            addStem(stems, folded, suffix, "");
        }
        for (String suffix : Y_SUFFIXES) {
            addStem(stems, folded, suffix, Y);
        }
        for (String suffix : E_SUFFIXES) {
            addStem(stems, folded, suffix, E);
        }
        return stems;
    }

    private static void addStem(List<String> stems, String word, String suffix, String restored) {
        int stem = word.length() - suffix.length();
        if (stem >= MIN_STEM && word.endsWith(suffix)) {
            String candidate = word.substring(0, stem) + restored;
            if (!stems.contains(candidate)) {
                stems.add(candidate);
            }
        }
    }

    private static Set<String> folded(String words) {
        return Arrays.stream(words.split(" ")).map(CharacterFold::word).collect(Collectors.toUnmodifiableSet());
    }
}
