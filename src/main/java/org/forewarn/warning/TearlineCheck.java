package org.forewarn.warning;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.forewarn.threat.ProtectedDetails;

/**
 * Finds protected content in a releasable text: any protected term, the collection method, or a
 * distinctive run of words from the source description. Matching ignores case, accents' width
 * forms, punctuation, spacing and hyphens, so "Night-jar", "NIGHT JAR" and "nightjar" all match
 * NIGHTJAR. Short items (under six letters and digits) must match whole words, so that a term
 * such as "ARC" does not flag "search".
 */
final class TearlineCheck {

    /** Below this many letters and digits, a match must start and end on word boundaries. */
    static final int SHORT_TERM = 6;
    /** A fragment of the source description counts when it is this long or longer, without spaces. */
    static final int MIN_FRAGMENT = 8;
    static final int FRAGMENT_WORDS = 3;

    private static final Set<String> STOPWORDS = Set.of("a", "an", "the", "of", "on", "in", "at", "to", "for",
            "from", "by", "with", "and", "or", "but", "is", "are", "was", "were", "be", "been", "that", "this",
            "these", "those", "it", "its", "as", "into", "about", "over", "under", "via", "per", "not", "no");

    private TearlineCheck() {
    }

    static List<Leak> leaks(String text, ProtectedDetails details) {
        Normalized normalized = Normalized.of(text);
        List<Leak> leaks = new ArrayList<>();
        for (String term : details.protectedTerms()) {
            find(normalized, term).ifPresent(span ->
                    leaks.add(new Leak(Leak.Kind.PROTECTED_TERM, term, span[0], span[1], text.substring(span[0], span[1]))));
        }
        if (details.collectionMethod() != null && !details.collectionMethod().isBlank()) {
            find(normalized, details.collectionMethod()).ifPresent(span -> leaks.add(new Leak(
                    Leak.Kind.COLLECTION_METHOD, details.collectionMethod(), span[0], span[1],
                    text.substring(span[0], span[1]))));
        }
        if (details.sourceDescription() != null && !details.sourceDescription().isBlank()) {
            for (String fragment : distinctiveFragments(details.sourceDescription())) {
                var span = findAligned(normalized, Normalized.of(fragment).chars);
                if (span.isPresent()) {
                    int[] s = span.get();
                    leaks.add(new Leak(Leak.Kind.SOURCE_DESCRIPTION, fragment, s[0], s[1], text.substring(s[0], s[1])));
                    break; // one fragment is enough to refuse; naming more would repeat the source
                }
            }
        }
        leaks.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return leaks;
    }

    /** Runs of {@value #FRAGMENT_WORDS} consecutive words with at least two that carry meaning. */
    static List<String> distinctiveFragments(String sourceDescription) {
        List<String> words = Normalized.words(sourceDescription);
        List<String> fragments = new ArrayList<>();
        int size = Math.min(FRAGMENT_WORDS, words.size());
        for (int i = 0; i + size <= words.size(); i++) {
            List<String> run = words.subList(i, i + size);
            long meaningful = run.stream().filter(w -> w.length() >= 3 && !STOPWORDS.contains(w)).count();
            int length = run.stream().mapToInt(String::length).sum();
            if (meaningful >= Math.min(2, size) && length >= MIN_FRAGMENT) {
                fragments.add(String.join(" ", run));
            }
        }
        return fragments;
    }

    private static java.util.Optional<int[]> find(Normalized text, String item) {
        String needle = Normalized.of(item).chars;
        if (needle.isEmpty()) {
            return java.util.Optional.empty();
        }
        return needle.length() < SHORT_TERM ? findAligned(text, needle) : findAnywhere(text, needle);
    }

    private static java.util.Optional<int[]> findAnywhere(Normalized text, String needle) {
        int at = text.chars.indexOf(needle);
        return at < 0 ? java.util.Optional.empty() : java.util.Optional.of(text.span(at, at + needle.length()));
    }

    private static java.util.Optional<int[]> findAligned(Normalized text, String needle) {
        if (needle.isEmpty()) {
            return java.util.Optional.empty();
        }
        int from = 0;
        while (true) {
            int at = text.chars.indexOf(needle, from);
            if (at < 0) {
                return java.util.Optional.empty();
            }
            int end = at + needle.length();
            if (text.startsWord(at) && text.endsWord(end)) {
                return java.util.Optional.of(text.span(at, end));
            }
            from = at + 1;
        }
    }

    /** Letters and digits only, lower case, each mapped back to where it stood in the original. */
    static final class Normalized {
        final String chars;
        private final String source;
        private final int[] origin;
        private final boolean[] wordStart;

        private Normalized(String source, String chars, int[] origin, boolean[] wordStart) {
            this.source = source;
            this.chars = chars;
            this.origin = origin;
            this.wordStart = wordStart;
        }

        static Normalized of(String text) {
            StringBuilder out = new StringBuilder();
            List<Integer> origin = new ArrayList<>();
            List<Boolean> starts = new ArrayList<>();
            boolean previousWasWordChar = false;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                int width = Character.charCount(cp);
                String folded = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD)
                        .toLowerCase(Locale.ROOT);
                boolean wordChar = false;
                for (int j = 0; j < folded.length(); j++) {
                    char c = folded.charAt(j);
                    if (Character.isLetterOrDigit(c)) {
                        out.append(c);
                        origin.add(i);
                        starts.add(!previousWasWordChar && !wordChar);
                        wordChar = true;
                    }
                }
                // Combining marks (accents split off by NFKD) do not end a word.
                if (!wordChar && Character.getType(cp) != Character.NON_SPACING_MARK) {
                    previousWasWordChar = false;
                } else if (wordChar) {
                    previousWasWordChar = true;
                }
                i += width;
            }
            int[] originArray = origin.stream().mapToInt(Integer::intValue).toArray();
            boolean[] startArray = new boolean[starts.size()];
            for (int k = 0; k < startArray.length; k++) {
                startArray[k] = starts.get(k);
            }
            return new Normalized(text, out.toString(), originArray, startArray);
        }

        static List<String> words(String text) {
            List<String> words = new ArrayList<>();
            Normalized n = of(text);
            int start = 0;
            for (int i = 1; i <= n.chars.length(); i++) {
                if (i == n.chars.length() || n.wordStart[i]) {
                    words.add(n.chars.substring(start, i));
                    start = i;
                }
            }
            return words;
        }

        boolean startsWord(int index) {
            return wordStart[index];
        }

        boolean endsWord(int endExclusive) {
            return endExclusive == chars.length() || wordStart[endExclusive];
        }

        /** Original [start, end) of normalized [from, to). */
        int[] span(int from, int to) {
            int start = origin[from];
            int lastOrigin = origin[to - 1];
            return new int[] {start, lastOrigin + Character.charCount(source.codePointAt(lastOrigin))};
        }
    }
}
