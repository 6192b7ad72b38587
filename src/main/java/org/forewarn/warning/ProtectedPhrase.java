package org.forewarn.warning;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * One protected item (a term, the collection method, the source description) and the ways it
 * can show in a text:
 * <ul>
 * <li><b>spelled out</b>: its letters in order, whatever stands between them ("Night-jar",
 * "K&amp;#69;STREL"). An item under {@value #SHORT_ITEM} letters and digits must start a word and
 * end one, or end where an ordinary suffix ends it ("OX9s"), so that "ARC" never flags "search";</li>
 * <li><b>as words close together, in any order</b>: "HERON BLUE" for BLUE HERON, three of the four
 * words of a method, "bakery in Lefortovo" for "Lefortovo bakery". Words are compared by stem, so
 * "intercepts" is "intercept".</li>
 * </ul>
 */
final class ProtectedPhrase {

    /** Below this many letters and digits, a spelled-out item must match whole words. */
    static final int SHORT_ITEM = 6;
    /**
     * Words count as close together when at most this many other content words (stopwords do not
     * count) stand between neighbours: room for an adjective or a name and for reordering ("the
     * bakery, in old Lefortovo"), while still about one clause, so words from different sentences
     * of a long text are not paired.
     */
    static final int WORDS_BETWEEN = 2;
    private static final List<String> DIGIT_NAMES = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine");
    /** Words of a description shorter than this ("K" in "ISIS-K") carry too little to match on. */
    static final int MEANINGFUL_WORD = 3;

    private final TextSkeleton item;
    private final String written;
    /** The words that count, each once, in the item's order, as indexes of the item's words. */
    private final List<Integer> words;
    /** How many of {@link #words} close together reveal the item; 0 when only {@link #pairs} or spelling do. */
    private final int enough;
    /** Pairs of {@link #words} (by their index in that list) that reveal the item on their own. */
    private final Set<Long> pairs;
    private final List<Spelling> spellings;
    /** The same item written another way a reader takes for it, or null. */
    private ProtectedPhrase otherForm;

    private record Spelling(String letters, boolean wholeWords, String fragment) {
    }

    /**
     * Where an item was found, as UTF-16 start (inclusive) and end (exclusive) in the text as
     * written, and what of the item it showed.
     */
    record Found(int start, int end, String fragment) {

        static Found at(TextSkeleton text, int fromLetter, int toLetter, String fragment) {
            int[] span = text.originalSpan(fromLetter, toLetter);
            return new Found(span[0], span[1], fragment);
        }
    }

    private ProtectedPhrase(TextSkeleton item, String written, List<Integer> words, int enough, Set<Long> pairs,
            List<Spelling> spellings) {
        this.item = item;
        this.written = written;
        this.words = words;
        this.enough = enough;
        this.pairs = pairs;
        this.spellings = spellings;
    }

    /**
     * A protected term: spelled out, or all its words (stopwords aside) close together, each
     * perhaps with a suffix ("spies" for SPY); its digits also as number words ("OX nine").
     */
    static ProtectedPhrase term(String term) {
        TextSkeleton item = TextSkeleton.of(term);
        List<Integer> words = distinctWords(item, w -> !item.isStopword(w));
        Spelling spelling = spelledOut(item, term);
        // "THE ARC" is not revealed by "arc" alone: a lone content word counts only if it is the whole term.
        int enough = words.size() >= 2 || item.words() == 1 ? words.size() : 0;
        ProtectedPhrase phrase = new ProtectedPhrase(item, term, words, enough, Set.of(), List.of(spelling));
        String numbersInWords = numbersInWords(term);
        if (numbersInWords.equals(term)) {
            return phrase;
        }
        // Spelled out as short or long as the term itself; in any order only if the term has words.
        TextSkeleton spoken = TextSkeleton.of(numbersInWords);
        List<Integer> spokenWords = distinctWords(spoken, w -> !spoken.isStopword(w));
        int spokenEnough = words.size() >= 2 ? spokenWords.size() : 0;
        Spelling spokenSpelling = new Spelling(spoken.letters, spelling.wholeWords(), term);
        return phrase.or(new ProtectedPhrase(spoken, numbersInWords, spokenWords, spokenEnough, Set.of(),
                List.of(spokenSpelling)));
    }

    /** "CELL-7" as "CELL- seven ": a reader takes either for the other. */
    private static String numbersInWords(String term) {
        StringBuilder out = new StringBuilder();
        term.chars().forEach(c -> out.append(c >= '0' && c <= '9' ? " " + DIGIT_NAMES.get(c - '0') + " " : (char) c));
        return out.toString();
    }

    /**
     * The collection method: spelled out, three quarters of its meaningful words close together,
     * or two of them that stand next to each other in the method.
     */
    static ProtectedPhrase collectionMethod(String method) {
        TextSkeleton item = TextSkeleton.of(method);
        List<Integer> words = distinctWords(item, w -> isMeaningful(item, w));
        int enough = words.size() <= 2 ? words.size() : (3 * words.size() + 3) / 4;
        return withPairs(item, method, words, enough, spelledOut(item, method));
    }

    /**
     * The source description: any two meaningful words that stand next to each other in it (a
     * stopword between them allowed: "bakery in Lefortovo"), or all of its meaningful words.
     */
    static ProtectedPhrase sourceDescription(String description) {
        TextSkeleton item = TextSkeleton.of(description);
        List<Integer> words = distinctWords(item, w -> isMeaningful(item, w));
        return withPairs(item, description, words, words.size(), null);
    }

    /** The first place the item shows in any reading of the text. */
    Optional<Found> firstIn(List<TextSkeleton> readings) {
        Found first = null;
        for (ProtectedPhrase form = this; form != null; form = form.otherForm) {
            for (TextSkeleton reading : readings) {
                first = earlier(first, form.firstIn(reading));
            }
        }
        return Optional.ofNullable(first);
    }

    private ProtectedPhrase or(ProtectedPhrase otherForm) {
        this.otherForm = otherForm;
        return this;
    }

    private Found firstIn(TextSkeleton text) {
        Found first = null;
        for (Spelling spelling : spellings) {
            first = earlier(first, spelling.wholeWords() ? wholeWordsIn(text, spelling) : anywhereIn(text, spelling));
        }
        if (enough > 0 || !pairs.isEmpty()) {
            first = earlier(first, closeWordsIn(text));
        }
        return first;
    }

    private static ProtectedPhrase withPairs(TextSkeleton item, String written, List<Integer> words, int enough,
            Spelling whole) {
        Map<String, Integer> indexOfWord = new HashMap<>();
        for (int k = 0; k < words.size(); k++) {
            indexOfWord.put(item.word(words.get(k)), k);
        }
        Set<Long> pairs = new HashSet<>();
        List<Spelling> spellings = new ArrayList<>();
        if (whole != null) {
            spellings.add(whole);
        }
        int previous = -1;
        int stopwordsSince = 0;
        for (int w = 0; w < item.words(); w++) {
            if (item.isStopword(w)) {
                stopwordsSince++;
            } else if (isMeaningful(item, w)) {
                int a = previous < 0 ? -1 : indexOfWord.get(item.word(previous));
                int b = indexOfWord.get(item.word(w));
                if (previous >= 0 && stopwordsSince <= 1 && a != b) {
                    pairs.add(pair(a, b));
                    spellings.add(new Spelling(item.word(previous) + item.word(w), true,
                            writtenWord(item, written, previous) + " " + writtenWord(item, written, w)));
                }
                previous = w;
                stopwordsSince = 0;
            }
        }
        return new ProtectedPhrase(item, written, words, enough, pairs, spellings);
    }

    private Found closeWordsIn(TextSkeleton text) {
        List<int[]> seen = new ArrayList<>(); // {content position, index in words}
        for (int k = 0; k < words.size(); k++) {
            for (int position : text.contentPositionsOf(item.word(words.get(k)))) {
                seen.add(new int[] {position, k});
            }
        }
        seen.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
        int start = 0;
        for (int i = 1; i <= seen.size(); i++) {
            if (i == seen.size() || seen.get(i)[0] - seen.get(i - 1)[0] > WORDS_BETWEEN + 1) {
                Found found = revealing(text, seen.subList(start, i));
                if (found != null) {
                    return found;
                }
                start = i;
            }
        }
        return null;
    }

    /**
     * A run of item words, each close to the next. It reveals the item if enough of its words are in
     * it (named up to the last word not seen before in it), or else if some pair of words stands close: then the
     * largest group of words linked by such pairs is named, one fragment and no more.
     */
    private Found revealing(TextSkeleton text, List<int[]> run) {
        BitSet shown = new BitSet(words.size());
        int lastNewWord = 0;
        for (int i = 0; i < run.size(); i++) {
            if (!shown.get(run.get(i)[1])) {
                shown.set(run.get(i)[1]);
                lastNewWord = i;
            }
        }
        if (enough > 0 && shown.cardinality() >= enough) {
            return found(text, run.subList(0, lastNewWord + 1), shown);
        }
        int[] group = new int[run.size()];
        for (int i = 0; i < group.length; i++) {
            group[i] = i;
        }
        boolean paired = false;
        for (int i = 0; i < run.size(); i++) {
            for (int j = i + 1; j < run.size() && run.get(j)[0] - run.get(i)[0] <= WORDS_BETWEEN + 1; j++) {
                if (run.get(j)[0] != run.get(i)[0] && pairs.contains(pair(run.get(i)[1], run.get(j)[1]))) {
                    group[root(group, j)] = root(group, i);
                    paired = true;
                }
            }
        }
        if (!paired) {
            return null;
        }
        Map<Integer, List<int[]>> members = new HashMap<>();
        Map<Integer, BitSet> memberWords = new HashMap<>();
        for (int i = 0; i < run.size(); i++) {
            int root = root(group, i);
            members.computeIfAbsent(root, r -> new ArrayList<>()).add(run.get(i));
            memberWords.computeIfAbsent(root, r -> new BitSet(words.size())).set(run.get(i)[1]);
        }
        int largest = -1;
        for (int root = 0; root < run.size(); root++) {
            if (memberWords.containsKey(root) && (largest < 0
                    || memberWords.get(root).cardinality() > memberWords.get(largest).cardinality())) {
                largest = root;
            }
        }
        return found(text, members.get(largest), memberWords.get(largest));
    }

    private static int root(int[] group, int i) {
        while (group[i] != i) {
            i = group[i];
        }
        return i;
    }

    private Found found(TextSkeleton text, List<int[]> seen, BitSet shown) {
        List<String> fragment = new ArrayList<>();
        shown.stream().forEach(k -> fragment.add(writtenWord(item, written, words.get(k))));
        return Found.at(text, text.wordStart(text.contentWord(seen.get(0)[0])),
                text.wordEnd(text.contentWord(seen.get(seen.size() - 1)[0])), String.join(" ", fragment));
    }

    private static Found anywhereIn(TextSkeleton text, Spelling spelling) {
        int at = spelling.letters().isEmpty() ? -1 : text.letters.indexOf(spelling.letters());
        return at < 0 ? null : Found.at(text, at, at + spelling.letters().length(), spelling.fragment());
    }

    /**
     * Starts a word and ends one (or ends where a suffix ends it), symbols at the edges aside
     * ("@OX9"); across words only if spelled out.
     */
    private static Found wholeWordsIn(TextSkeleton text, Spelling spelling) {
        String letters = spelling.letters();
        if (letters.isEmpty()) {
            return null;
        }
        for (int at = text.letters.indexOf(letters); at >= 0; at = text.letters.indexOf(letters, at + 1)) {
            int first = text.wordOf(at);
            int end = at + letters.length();
            int last = text.wordOf(end - 1);
            int wordEnd = text.wordEnd(last);
            boolean startsWord = text.symbolsOnly(text.wordStart(first), at);
            boolean endsWord = EnglishWords.isSuffix(text.letters, end, wordEnd) || text.symbolsOnly(end, wordEnd);
            if (startsWord && endsWord && (first == last || spelledAcross(text, first, last))) {
                return Found.at(text, at, wordEnd, spelling.fragment());
            }
        }
        return null;
    }

    /** "O.X.9" or "OX 9" spell OX9; "is is" does not spell ISIS. */
    private static boolean spelledAcross(TextSkeleton text, int first, int last) {
        boolean letterByLetter = true;
        boolean stopword = false;
        for (int w = first; w <= last; w++) {
            letterByLetter &= text.wordLength(w) == 1;
            stopword |= text.isStopword(w);
        }
        return letterByLetter || !stopword;
    }

    private static Spelling spelledOut(TextSkeleton item, String written) {
        int length = 0;
        for (int w = 0; w < item.words(); w++) {
            length += item.wordLength(w);
        }
        return new Spelling(item.letters, length < SHORT_ITEM, written);
    }

    private static Found earlier(Found a, Found b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        if (a.start() != b.start()) {
            return a.start() < b.start() ? a : b;
        }
        return a.end() >= b.end() ? a : b;
    }

    private static List<Integer> distinctWords(TextSkeleton item, IntPredicate counts) {
        List<Integer> words = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int w = 0; w < item.words(); w++) {
            if (counts.test(w) && seen.add(item.word(w))) {
                words.add(w);
            }
        }
        return words;
    }

    private static boolean isMeaningful(TextSkeleton item, int word) {
        return item.wordLength(word) >= MEANINGFUL_WORD && !item.isStopword(word);
    }

    private static String writtenWord(TextSkeleton item, String written, int word) {
        int[] span = item.originalSpan(item.wordStart(word), item.wordEnd(word));
        return written.substring(span[0], span[1]);
    }

    private static long pair(int a, int b) {
        return Math.min(a, b) * (long) Integer.MAX_VALUE + Math.max(a, b);
    }
}
