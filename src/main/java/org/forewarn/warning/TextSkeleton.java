package org.forewarn.warning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

import org.forewarn.warning.CharacterFold.Fold;
import org.forewarn.warning.CharacterFold.Kind;

/**
 * A text reduced to what a reader sees in it: escapes decoded ({@link DecodedText}), each code
 * point folded to its confusable skeleton ({@link CharacterFold}), and cut into words. The letters
 * of all words are kept in one string without separators, so that "N.I.G.H.T JAR" still reads
 * "nlghtjar"; every letter remembers where it came from in the original text.
 */
final class TextSkeleton {

    /** Folded letters of all words, one after another. */
    final String letters;
    private final int[] from;
    private final int[] to;
    private final int[] wordOf;
    /** Letters read from a symbol ("$" as s), which may as well be punctuation at the edge of a word. */
    private final BitSet fromSymbol;
    private final int[] wordStart;
    private final int[] wordEnd;
    /** Code points written for each word, so "OX9" counts 3 however many letters its skeleton has. */
    private final int[] wordLength;
    private final String[] wordText;
    private Map<String, List<Integer>> contentWordsByStem;
    private int[] contentWordAt;

    private TextSkeleton(String letters, int[] from, int[] to, int[] wordOf, BitSet fromSymbol, int[] wordStart,
            int[] wordEnd, int[] wordLength) {
        this.letters = letters;
        this.from = from;
        this.to = to;
        this.wordOf = wordOf;
        this.fromSymbol = fromSymbol;
        this.wordStart = wordStart;
        this.wordEnd = wordEnd;
        this.wordLength = wordLength;
        this.wordText = new String[wordStart.length];
    }

    static TextSkeleton of(String text) {
        return of(DecodedText.of(text), CharacterFold::of);
    }

    /**
     * Every way a reader may read the text: as written; in the order it is displayed, if
     * directional controls reorder it; and sounded out in Latin letters, if it has letters of
     * another script.
     */
    static List<TextSkeleton> readings(String text) {
        DecodedText decoded = DecodedText.of(text);
        List<TextSkeleton> readings = new ArrayList<>(3);
        readings.add(of(decoded, CharacterFold::of));
        DecodedText displayed = decoded.inDisplayOrder();
        if (displayed != null) {
            readings.add(of(displayed, CharacterFold::of));
        }
        if (decoded.hasOtherScripts()) {
            readings.add(of(decoded, CharacterFold::sounded));
        }
        return readings;
    }

    private static TextSkeleton of(DecodedText decoded, IntFunction<Fold> fold) {
        int n = decoded.length();
        Fold[] folds = new Fold[n];
        for (int i = 0; i < n; i++) {
            folds[i] = fold.apply(decoded.codePoints[i]);
        }
        // A symbol is a letter ("K3$TREL") only when letters follow it, so "Attack!" stays "attack".
        boolean[] inWord = new boolean[n];
        boolean lettersFollow = false;
        for (int i = n - 1; i >= 0; i--) {
            switch (folds[i].kind()) {
                case LETTERS -> lettersFollow = inWord[i] = true;
                case SYMBOL -> inWord[i] = lettersFollow;
                case SEPARATOR -> lettersFollow = false;
                case JOINER -> { }
            }
        }
        StringBuilder letters = new StringBuilder(n);
        IntList from = new IntList(n);
        IntList to = new IntList(n);
        IntList wordOf = new IntList(n);
        BitSet fromSymbol = new BitSet(n);
        IntList wordStart = new IntList(n / 4);
        IntList wordEnd = new IntList(n / 4);
        IntList wordLength = new IntList(n / 4);
        boolean open = false;
        for (int i = 0; i < n; i++) {
            if (inWord[i]) {
                if (!open) {
                    wordStart.add(letters.length());
                    wordLength.add(0);
                    open = true;
                }
                String skeleton = folds[i].skeleton();
                for (int k = 0; k < skeleton.length(); k++) {
                    letters.append(skeleton.charAt(k));
                    from.add(decoded.from[i]);
                    to.add(decoded.to[i]);
                    wordOf.add(wordStart.size() - 1);
                    fromSymbol.set(letters.length() - 1, folds[i].kind() == Kind.SYMBOL);
                }
                wordLength.increment();
            } else if (folds[i].kind() != Kind.JOINER) {
                if (open) {
                    wordEnd.add(letters.length());
                    open = false;
                }
            } else if (open && UCharacter.hasBinaryProperty(decoded.codePoints[i], UProperty.GRAPHEME_EXTEND)) {
                // An accent or variation selector belongs to the letter before it, also when a leak is marked.
                for (int k = letters.length() - 1; k >= 0 && to.get(k) == decoded.to[i - 1]; k--) {
                    to.set(k, decoded.to[i]);
                }
            }
        }
        if (open) {
            wordEnd.add(letters.length());
        }
        return new TextSkeleton(letters.toString(), from.toArray(), to.toArray(), wordOf.toArray(), fromSymbol,
                wordStart.toArray(), wordEnd.toArray(), wordLength.toArray());
    }

    int words() {
        return wordStart.length;
    }

    String word(int word) {
        if (wordText[word] == null) {
            wordText[word] = letters.substring(wordStart[word], wordEnd[word]);
        }
        return wordText[word];
    }

    int wordLength(int word) {
        return wordLength[word];
    }

    int wordOf(int letter) {
        return wordOf[letter];
    }

    int wordStart(int word) {
        return wordStart[word];
    }

    int wordEnd(int word) {
        return wordEnd[word];
    }

    /**
     * Whether the letters from {@code fromLetter} up to {@code toLetter} were all read from symbols,
     * as "@" in "@OX9".
     */
    boolean symbolsOnly(int fromLetter, int toLetter) {
        return fromSymbol.nextClearBit(fromLetter) >= toLetter;
    }

    boolean isStopword(int word) {
        return EnglishWords.isStopword(word(word));
    }

    /**
     * Where the letters from {@code fromLetter} up to {@code toLetter} stand in the original text, as
     * UTF-16 start (inclusive) and end (exclusive). In a
     * reading in display order the letters may be stored in reverse, so this is the range of them all.
     */
    int[] originalSpan(int fromLetter, int toLetter) {
        int start = Integer.MAX_VALUE;
        int end = 0;
        for (int k = fromLetter; k < toLetter; k++) {
            start = Math.min(start, from[k]);
            end = Math.max(end, to[k]);
        }
        return new int[] {start, end};
    }

    /**
     * Positions, counted in content words (stopwords do not count), of the words that share a stem
     * with {@code folded}. The index is built on first use, once per text.
     */
    int[] contentPositionsOf(String folded) {
        if (contentWordsByStem == null) {
            indexContentWords();
        }
        IntList positions = new IntList(4);
        for (String stem : EnglishWords.stems(folded)) {
            for (int position : contentWordsByStem.getOrDefault(stem, List.of())) {
                positions.add(position);
            }
        }
        return Arrays.stream(positions.toArray()).sorted().distinct().toArray();
    }

    /** The word at a content position. */
    int contentWord(int position) {
        return contentWordAt[position];
    }

    private void indexContentWords() {
        contentWordsByStem = new HashMap<>();
        IntList content = new IntList(words());
        for (int word = 0; word < words(); word++) {
            if (isStopword(word)) {
                continue;
            }
            int position = content.size();
            content.add(word);
            for (String stem : EnglishWords.stems(word(word))) {
                contentWordsByStem.computeIfAbsent(stem, s -> new ArrayList<>(2)).add(position);
            }
            String withoutEdgeSymbols = withoutEdgeSymbols(word);
            if (!withoutEdgeSymbols.isEmpty() && !withoutEdgeSymbols.equals(word(word))) {
                for (String stem : EnglishWords.stems(withoutEdgeSymbols)) {
                    contentWordsByStem.computeIfAbsent(stem, s -> new ArrayList<>(2)).add(position);
                }
            }
        }
        contentWordAt = content.toArray();
    }

    private String withoutEdgeSymbols(int word) {
        int start = wordStart[word];
        int end = wordEnd[word];
        while (start < end && fromSymbol.get(start)) {
            start++;
        }
        while (end > start && fromSymbol.get(end - 1)) {
            end--;
        }
        return letters.substring(start, end);
    }

    private static final class IntList {
        private int[] values;
        private int size;

        IntList(int capacity) {
            values = new int[Math.max(capacity, 4)];
        }

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int get(int index) {
            return values[index];
        }

        void set(int index, int value) {
            values[index] = value;
        }

        void increment() {
            values[size - 1]++;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
