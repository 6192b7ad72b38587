package org.forewarn.warning;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import com.ibm.icu.text.Transliterator;

/**
 * What one code point becomes in a {@link TextSkeleton}: its confusable skeleton, so that
 * everything that looks like the same letter compares equal.
 * <ol>
 * <li>Compatibility forms are unfolded (NFKC: fullwidth, mathematical, circled, superscript letters).</li>
 * <li>Each letter becomes its Unicode TR39 confusable skeleton (ICU {@link SpoofChecker}), case-folded
 * (full folding: ß is ss) with combining marks removed (Ł is L + stroke, so l). Where the skeleton of
 * the letter as written has no ASCII look-alike, the skeleton of its capital is tried: TR39 maps
 * Cyrillic К and Greek Κ to K but their small forms to ĸ, and Greek ε to ꞓ.</li>
 * <li>Supplementary fold, where ICU leaves a gap: a code point whose Unicode name says it is a form
 * of a Latin letter ("LATIN LETTER SMALL CAPITAL E", "NEGATIVE SQUARED LATIN CAPITAL LETTER K",
 * "REGIONAL INDICATOR SYMBOL LETTER K") folds to that letter.</li>
 * <li>A digit of another script without an ASCII look-alike is its value (Arabic-Indic ٩ is 9).</li>
 * <li>Digits and symbols that stand for letters fold to those letters ({@link #LOOKALIKE_DIGITS},
 * {@link #LETTER_SYMBOLS}, and any symbol whose skeleton is a letter, as | is l), and i, l, 1, | and
 * ! are one letter. A protected term is folded the same way, so "OX9", "0X9" and "OXG" all read
 * "oxg".</li>
 * </ol>
 * Invisible code points (default-ignorable ones such as the Hangul fillers, and the blank Braille
 * pattern), combining marks and anything that looks like an apostrophe (U+02BC, U+2019, ...)
 * neither break nor separate a word.
 * Folding calls ICU, so results are cached per code point.
 */
final class CharacterFold {

    enum Kind {
        /** Part of a word: letters and digits in any script or style. */
        LETTERS,
        /** A symbol that can stand for a letter ("$", "@", "|"); part of a word only when letters follow it. */
        SYMBOL,
        /** Neither part nor end of a word: invisible characters, combining marks, apostrophes. */
        JOINER,
        /** Ends a word: spaces, punctuation, other symbols. */
        SEPARATOR
    }

    record Fold(Kind kind, String skeleton) {
    }

    /** Digits written for letters in leetspeak, and the letter each reads as (l stands for i and l). */
    private static final String LOOKALIKE_DIGITS = "0o 1l 2z 3e 4a 5s 7t 8b 9g";
    /** Symbols written for letters whose confusable skeleton is not that letter. */
    private static final String LETTER_SYMBOLS = "@a $s !l €e £l";

    private static final Fold JOINER = new Fold(Kind.JOINER, "");
    private static final Fold SEPARATOR = new Fold(Kind.SEPARATOR, "");
    /** Renders as blank but is neither default-ignorable (like the Hangul fillers) nor a space. */
    private static final int BRAILLE_BLANK = 0x2800;
    private static final Pattern LATIN_LETTER_NAME = Pattern.compile("(?:^|.* )LATIN (?:CAPITAL |SMALL )?LETTER "
            + "(?:SMALL CAPITAL |DOTLESS |SCRIPT |OPEN |INSULAR |BARRED )?([A-Z])(?: WITH .+)?"
            + "|REGIONAL INDICATOR SYMBOL LETTER ([A-Z])");

    private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Map<Integer, Character> LOOKALIKES = letters(LOOKALIKE_DIGITS + " il");
    private static final Map<Integer, Character> SYMBOLS = letters(LETTER_SYMBOLS);

    /** ICU's romanization of any script, then ASCII only; shared, so calls are serialized (they are cached). */
    private static final Transliterator TO_LATIN = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    private static final Cache SEEN = new Cache(CharacterFold::compute);
    private static final Cache SOUNDED = new Cache(CharacterFold::soundOut);

    private CharacterFold() {
    }

    static Fold of(int codePoint) {
        return SEEN.get(codePoint);
    }

    /**
     * Like {@link #of}, but a letter of a script other than Latin is sounded out in Latin letters
     * first, as a reader of both would: Cyrillic "Кестрел" reads "kestrel".
     */
    static Fold sounded(int codePoint) {
        if (!UCharacter.isLetter(codePoint) || UScript.getScript(codePoint) == UScript.LATIN) {
            return of(codePoint);
        }
        return SOUNDED.get(codePoint);
    }

    private static Fold soundOut(int cp) {
        String latin;
        synchronized (TO_LATIN) {
            latin = TO_LATIN.transliterate(Character.toString(cp));
        }
        String letters = lettersOf(latin);
        boolean ascii = !letters.isEmpty() && letters.chars().allMatch(CharacterFold::isAsciiLetterOrDigit);
        return ascii ? new Fold(Kind.LETTERS, ascii(letters)) : of(cp);
    }

    /** The folded letters of a plain word (stopwords, suffixes), without decoding or word splitting. */
    static String word(String word) {
        StringBuilder out = new StringBuilder();
        word.codePoints().forEach(cp -> out.append(of(cp).skeleton()));
        return out.toString();
    }

    private static Fold compute(int cp) {
        int type = UCharacter.getType(cp);
        if (isInvisible(cp) || isMark(type) || type == UCharacterCategory.FORMAT) {
            return JOINER;
        }
        Character symbol = SYMBOLS.get(cp);
        if (symbol != null) {
            return new Fold(Kind.SYMBOL, ascii(symbol.toString()));
        }
        String unfolded = NFKC.normalize(Character.toString(cp));
        boolean letter = UCharacter.isLetterOrDigit(cp);
        if (letter || unfolded.codePoints().filter(UCharacter::isLetterOrDigit).count() == 1) {
            StringBuilder letters = new StringBuilder();
            unfolded.codePoints().filter(UCharacter::isLetterOrDigit).forEach(c -> letters.append(letter(c)));
            if (!letters.isEmpty()) {
                return new Fold(Kind.LETTERS, letters.toString());
            }
        }
        String named = latinLetterNamed(cp);
        if (named != null) {
            return new Fold(Kind.LETTERS, letter(named.codePointAt(0)));
        }
        String skeleton = plain(SPOOF.getSkeleton(Character.toString(cp)));
        if (skeleton.equals("'") || type == UCharacterCategory.MODIFIER_LETTER) {
            return JOINER;
        }
        if (skeleton.length() == 1 && isAsciiLetterOrDigit(skeleton.charAt(0))) {
            return new Fold(Kind.SYMBOL, ascii(skeleton));
        }
        return SEPARATOR;
    }

    /** The skeleton of a letter or digit; empty for letters that only look like an apostrophe (U+02BC). */
    private static String letter(int cp) {
        String written = Character.toString(cp);
        String skeleton = plain(SPOOF.getSkeleton(written));
        if (skeleton.equals("'")) {
            return "";
        }
        for (String candidate : new String[] {skeleton, plain(SPOOF.getSkeleton(UCharacter.toUpperCase(written)))}) {
            if (!candidate.isEmpty() && candidate.chars().allMatch(CharacterFold::isAsciiLetterOrDigit)) {
                return ascii(candidate);
            }
        }
        if (UCharacter.getType(cp) == UCharacterCategory.DECIMAL_DIGIT_NUMBER) {
            return ascii(Integer.toString(UCharacter.digit(cp))); // a digit of any script reads as its value
        }
        String named = latinLetterNamed(cp);
        if (named != null) {
            return ascii(named);
        }
        String letters = lettersOf(skeleton);
        if (letters.isEmpty() && UCharacter.getType(cp) != UCharacterCategory.MODIFIER_LETTER) {
            letters = lettersOf(plain(written));
        }
        return letters;
    }

    private static String lettersOf(String text) {
        StringBuilder letters = new StringBuilder();
        text.codePoints().filter(UCharacter::isLetterOrDigit).forEach(letters::appendCodePoint);
        return letters.toString();
    }

    /** Case-folded (full folding), compatibility forms unfolded, combining marks and ignorables removed. */
    private static String plain(String text) {
        String decomposed = NFD.normalize(NFKC_CASEFOLD.normalize(text));
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(c -> !isMark(UCharacter.getType(c))).forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * The skeleton of ASCII letters, taken again in small letters (TR39 maps "m" to "rn" but leaves
     * "M" alone), with look-alike digits read as letters.
     */
    private static String ascii(String letters) {
        String skeleton = plain(SPOOF.getSkeleton(plain(letters)));
        StringBuilder out = new StringBuilder(skeleton.length());
        skeleton.chars().forEach(c -> out.append(LOOKALIKES.getOrDefault(c, (char) c)));
        return out.toString();
    }

    private static String latinLetterNamed(int cp) {
        String name = UCharacter.getName(cp);
        if (name == null) {
            return null;
        }
        Matcher matcher = LATIN_LETTER_NAME.matcher(name);
        if (!matcher.matches()) {
            return null;
        }
        return (matcher.group(1) != null ? matcher.group(1) : matcher.group(2)).toLowerCase(Locale.ROOT);
    }

    private static boolean isInvisible(int cp) {
        return UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)
                || cp == BRAILLE_BLANK;
    }

    private static boolean isMark(int type) {
        return type == UCharacterCategory.NON_SPACING_MARK || type == UCharacterCategory.ENCLOSING_MARK
                || type == UCharacterCategory.COMBINING_SPACING_MARK;
    }

    private static boolean isAsciiLetterOrDigit(int c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static Map<Integer, Character> letters(String pairs) {
        Map<Integer, Character> map = new HashMap<>();
        for (String pair : pairs.split(" ")) {
            map.put(pair.codePointAt(0), pair.charAt(pair.length() - 1));
        }
        return Map.copyOf(map);
    }

    /**
     * Folds per code point. Folds are immutable, so a racy fill of the array is harmless (the worst
     * case is folding twice); other planes are cached up to a bound, so that texts full of rare code
     * points cannot fill memory.
     */
    private static final class Cache {
        private static final int OTHER_PLANES_CACHED = 4096;
        private final IntFunction<Fold> fold;
        private final Fold[] basicPlane = new Fold[0x10000];
        private final Map<Integer, Fold> otherPlanes = new ConcurrentHashMap<>();

        Cache(IntFunction<Fold> fold) {
            this.fold = fold;
        }

        Fold get(int codePoint) {
            Fold cached = codePoint < basicPlane.length ? basicPlane[codePoint] : otherPlanes.get(codePoint);
            if (cached != null) {
                return cached;
            }
            Fold computed = fold.apply(codePoint);
            if (codePoint < basicPlane.length) {
                basicPlane[codePoint] = computed;
            } else if (otherPlanes.size() < OTHER_PLANES_CACHED) {
                otherPlanes.put(codePoint, computed);
            }
            return computed;
        }
    }
}
