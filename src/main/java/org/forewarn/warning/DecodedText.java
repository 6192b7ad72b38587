package org.forewarn.warning;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Bidi;

import org.unbescape.html.HtmlEscape;

/**
 * A text as a reader gets it, one code point at a time: escapes decoded the way a browser, mail
 * client or URL bar shows them (HTML character references {@code &#69;}, {@code &#x45},
 * {@code &Kcy;} with or without the semicolon; percent-encoding, UTF-8 sequences and
 * {@code %u0045}; backslash escapes &#92;u0045, &#92;u{45}, &#92;x45), HTML tags and comments
 * rendered (inline ones vanish inside a word, others break it), and symbol sequences that draw a
 * letter read as that letter ("|&lt;" is K). Decoding repeats until nothing changes, at most
 * {@value #MAX_ROUNDS} times, so double encoding ({@code %2545}, {@code &amp;#69;}) is undone too.
 * Each code point remembers the UTF-16 range of the original text it came from.
 */
final class DecodedText {

    /** Layers of encoding undone; each round is linear, and three layers is already contrived. */
    static final int MAX_ROUNDS = 3;
    /** The longest HTML5 entity name ("CounterClockwiseContourIntegral") has 31 characters. */
    private static final int MAX_ENTITY_NAME = 32;
    /** Leading zeros are allowed, so "&#0000069;" is E; anything longer is not a character. */
    private static final int MAX_REFERENCE_DIGITS = 16;
    /** Browsers accept only short legacy names without ';' (e.g. "&eacute"); we try a little longer. */
    private static final int MAX_ENTITY_NAME_WITHOUT_SEMICOLON = 8;

    /** Tags that do not break a word when rendered ("K&lt;b&gt;&lt;/b&gt;ESTREL" shows KESTREL). */
    private static final Set<String> INLINE_TAGS = Set.of("a", "abbr", "b", "bdi", "bdo", "big", "cite", "code",
            "data", "del", "dfn", "em", "font", "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span",
            "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr");
    /** Longer than any tag a text needs; beyond it a '<' is a less-than sign. */
    private static final int MAX_TAG = 512;
    /** Invisible, and neither part nor end of a word: what an inline tag leaves behind. */
    private static final int WORD_JOINER = 0x2060;
    /** Symbol sequences that draw a letter, longest first so "|_|" is u before "|_" is l. */
    private static final List<Map.Entry<String, Character>> DRAWN_LETTERS = Stream.of(
            "\\/\\/ w", "/\\/\\ m", "|\\/| m", "|_| u", "|-| h", "|\\| n", "/\\/ n", "|< k", "|{ k",
            "/\\ a", "\\/ v", "() o", "[] o", "|) d", "}{ h", ">< x", "|_ l", "|3 b")
            .map(pair -> Map.entry(pair.substring(0, pair.indexOf(' ')), pair.charAt(pair.length() - 1)))
            .sorted(Comparator.comparingInt((Map.Entry<String, Character> e) -> e.getKey().length()).reversed())
            .toList();
    private static final String DRAWING_SYMBOLS = "|/\\()[]}>";
    /** Directional formatting characters: they can make a text display in another order than it is stored. */
    private static final String DIRECTIONAL_CONTROLS = "\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E"
            + "\u2066\u2067\u2068\u2069";

    final int[] codePoints;
    /** Where each code point stood in the original text: from (inclusive) to (exclusive), in UTF-16 units. */
    final int[] from;
    final int[] to;

    private DecodedText(int[] codePoints, int[] from, int[] to) {
        this.codePoints = codePoints;
        this.from = from;
        this.to = to;
    }

    static DecodedText of(String text) {
        int[] codePoints = text.codePoints().toArray();
        int[] from = new int[codePoints.length];
        int[] to = new int[codePoints.length];
        for (int i = 0, at = 0; i < codePoints.length; i++) {
            from[i] = at;
            at += Character.charCount(codePoints[i]);
            to[i] = at;
        }
        DecodedText decoded = new DecodedText(codePoints, from, to);
        for (int round = 0; round < MAX_ROUNDS && decoded.mayBeEncoded(); round++) {
            DecodedText next = decoded.decodeOnce();
            // Every decoding replaces several code points by fewer, so the same length means nothing changed.
            if (next.length() == decoded.length()) {
                break;
            }
            decoded = next;
        }
        return decoded.withDrawnLetters();
    }

    /**
     * The text in the order it is displayed, or null if that is the order it is stored in: a
     * right-to-left override (U+202E) before "LERTSEK" shows KESTREL.
     */
    DecodedText inDisplayOrder() {
        if (Arrays.stream(codePoints).noneMatch(cp -> DIRECTIONAL_CONTROLS.indexOf(cp) >= 0)) {
            return null;
        }
        String stored = new String(codePoints, 0, codePoints.length);
        int[] unitOfChar = new int[stored.length()];
        for (int unit = 0, at = 0; unit < codePoints.length; unit++) {
            for (int k = 0; k < Character.charCount(codePoints[unit]); k++) {
                unitOfChar[at++] = unit;
            }
        }
        Bidi bidi = new Bidi();
        bidi.setPara(stored, Bidi.LEVEL_DEFAULT_LTR, null);
        Builder out = new Builder(codePoints.length);
        int previous = -1;
        for (int logical : bidi.getVisualMap()) {
            int unit = logical < 0 ? previous : unitOfChar[logical];
            if (unit != previous) {
                out.add(codePoints[unit], from[unit], to[unit]);
                previous = unit;
            }
        }
        return out.build();
    }

    /** Whether some letter is of a script other than Latin (a reader may sound it out: "Кестрел"). */
    boolean hasOtherScripts() {
        return Arrays.stream(codePoints)
                .anyMatch(cp -> UCharacter.isLetter(cp) && UScript.getScript(cp) != UScript.LATIN);
    }

    int length() {
        return codePoints.length;
    }

    private boolean mayBeEncoded() {
        for (int cp : codePoints) {
            if (cp == '&' || cp == '%' || cp == '\\' || cp == '<') {
                return true;
            }
        }
        return false;
    }

    private DecodedText decodeOnce() {
        Builder out = new Builder(codePoints.length);
        int i = 0;
        while (i < codePoints.length) {
            int consumed = switch (codePoints[i]) {
                case '&' -> characterReference(i, out);
                case '%' -> percentEncoded(i, out);
                case '\\' -> backslashEscape(i, out);
                case '<' -> markup(i, out);
                default -> 0;
            };
            if (consumed == 0) {
                out.add(codePoints[i], from[i], to[i]);
                consumed = 1;
            }
            i += consumed;
        }
        return out.build();
    }

    /** A tag or comment at {@code at}: a word joiner if it is inline or a comment, else a space. */
    private int markup(int at, Builder out) {
        boolean comment = startsWith(at, "<!--");
        int i = comment ? at + 4 : at + 1;
        if (!comment && i < length() && codePoints[i] == '/') {
            i++;
        }
        int nameStart = i;
        while (!comment && i < length() && isAsciiLetterOrDigit(codePoints[i])) {
            i++;
        }
        if (!comment && (i == nameStart || Character.isDigit(codePoints[nameStart]))) {
            return 0;
        }
        int close = i;
        while (close < length() && close - at < MAX_TAG
                && !(comment ? startsWith(close, "-->") : codePoints[close] == '>' || codePoints[close] == '<')) {
            close++;
        }
        int end = comment ? close + 3 : close + 1;
        if (close >= length() || end > length() || !comment && codePoints[close] != '>') {
            return 0;
        }
        boolean inline = comment || INLINE_TAGS.contains(text(nameStart, i).toLowerCase(Locale.ROOT));
        out.add(inline ? WORD_JOINER : ' ', from[at], to[end - 1]);
        return end - at;
    }

    private DecodedText withDrawnLetters() {
        Builder out = null;
        for (int i = 0; i < length(); i++) {
            Map.Entry<String, Character> drawn = drawnLetterAt(i);
            if (drawn != null) {
                if (out == null) {
                    out = new Builder(length());
                    for (int k = 0; k < i; k++) {
                        out.add(codePoints[k], from[k], to[k]);
                    }
                }
                int last = i + drawn.getKey().length() - 1;
                out.add(drawn.getValue(), from[i], to[last]);
                i = last;
            } else if (out != null) {
                out.add(codePoints[i], from[i], to[i]);
            }
        }
        return out == null ? this : out.build();
    }

    /** The letter a symbol sequence at {@code at} draws, if it touches a letter or digit ("|&lt;ESTREL"). */
    private Map.Entry<String, Character> drawnLetterAt(int at) {
        if (DRAWING_SYMBOLS.indexOf(codePoints[at]) < 0) {
            return null;
        }
        for (Map.Entry<String, Character> drawn : DRAWN_LETTERS) {
            int end = at + drawn.getKey().length();
            if (startsWith(at, drawn.getKey()) && (isLetterOrDigitAt(at - 1) || isLetterOrDigitAt(end))) {
                return drawn;
            }
        }
        return null;
    }

    private boolean isLetterOrDigitAt(int i) {
        return i >= 0 && i < length() && UCharacter.isLetterOrDigit(codePoints[i]);
    }

    private boolean startsWith(int at, String prefix) {
        if (at + prefix.length() > length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (codePoints[at + k] != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** {@code &#NN;}, {@code &#xHH;} or {@code &name;} at {@code at}; the number of code points used, or 0. */
    private int characterReference(int at, Builder out) {
        int i = at + 1;
        if (i < length() && codePoints[i] == '#') {
            i++;
            boolean hex = i < length() && (codePoints[i] == 'x' || codePoints[i] == 'X');
            if (hex) {
                i++;
            }
            int digits = 0;
            int radix = hex ? 16 : 10;
            while (i < length() && digits < MAX_REFERENCE_DIGITS && Character.digit(codePoints[i], radix) >= 0) {
                i++;
                digits++;
            }
            if (digits == 0) {
                return 0;
            }
            if (i < length() && codePoints[i] == ';') {
                i++;
            }
            String reference = text(at, i);
            String value = HtmlEscape.unescapeHtml(reference.endsWith(";") ? reference : reference + ";");
            return emit(value, reference, at, i, out);
        }
        int nameEnd = i;
        while (nameEnd < length() && nameEnd - i < MAX_ENTITY_NAME && isAsciiLetterOrDigit(codePoints[nameEnd])) {
            nameEnd++;
        }
        if (nameEnd == i) {
            return 0;
        }
        if (nameEnd < length() && codePoints[nameEnd] == ';') {
            String reference = text(at, nameEnd + 1);
            int used = emit(HtmlEscape.unescapeHtml(reference), reference, at, nameEnd + 1, out);
            if (used > 0) {
                return used;
            }
        }
        // Without ';' a browser takes the longest name it knows that prefixes the run ("&notit" is "¬it").
        for (int end = Math.min(nameEnd, i + MAX_ENTITY_NAME_WITHOUT_SEMICOLON); end > i + 1; end--) {
            String reference = text(at, end) + ";";
            String value = HtmlEscape.unescapeHtml(reference);
            if (!value.equals(reference)) {
                return emit(value, reference, at, end, out);
            }
        }
        return 0;
    }

    /** A run of {@code %HH} bytes (each UTF-8 sequence decoded, any other byte read as Latin-1) or a {@code %uHHHH}. */
    private int percentEncoded(int at, Builder out) {
        if (at + 5 < length() && (codePoints[at + 1] == 'u' || codePoints[at + 1] == 'U') && hex(at + 2, 4) >= 0) {
            out.add(hex(at + 2, 4), from[at], to[at + 5]);
            return 6;
        }
        int count = 0;
        while (at + 3 * count + 2 < length() && codePoints[at + 3 * count] == '%' && hex(at + 3 * count + 1, 2) >= 0) {
            count++;
        }
        byte[] bytes = new byte[count];
        for (int b = 0; b < count; b++) {
            bytes[b] = (byte) hex(at + 3 * b + 1, 2);
        }
        int b = 0;
        while (b < count) {
            int lead = bytes[b] & 0xFF;
            int size = lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
            String character = b + size <= count ? utf8(Arrays.copyOfRange(bytes, b, b + size)) : null;
            if (character == null) {
                size = 1;
                character = Character.toString(lead);
            }
            // Each character keeps the span of its own bytes, so a leak is located exactly.
            out.addAll(character, from[at + 3 * b], to[at + 3 * (b + size) - 1]);
            b += size;
        }
        return 3 * count;
    }

    /** A JavaScript escape: &#92;uHHHH (a surrogate pair joined), &#92;u&#123;H...&#125; or &#92;xHH. */
    private int backslashEscape(int at, Builder out) {
        if (at + 3 >= length()) {
            return 0;
        }
        int kind = codePoints[at + 1];
        if (kind == 'x' && hex(at + 2, 2) >= 0) {
            out.add(hex(at + 2, 2), from[at], to[at + 3]);
            return 4;
        }
        if (kind != 'u') {
            return 0;
        }
        if (codePoints[at + 2] == '{') {
            int close = at + 3;
            while (close < length() && close - at <= 9 && codePoints[close] != '}') {
                close++;
            }
            int value = close < length() && codePoints[close] == '}' ? hex(at + 3, close - at - 3) : -1;
            if (value < 0 || !Character.isValidCodePoint(value)) {
                return 0;
            }
            out.add(value, from[at], to[close]);
            return close - at + 1;
        }
        int high = at + 5 < length() ? hex(at + 2, 4) : -1;
        if (high < 0) {
            return 0;
        }
        if (Character.isHighSurrogate((char) high) && at + 11 < length() && codePoints[at + 6] == '\\'
                && codePoints[at + 7] == 'u') {
            int low = hex(at + 8, 4);
            if (low >= 0 && Character.isLowSurrogate((char) low)) {
                out.add(Character.toCodePoint((char) high, (char) low), from[at], to[at + 11]);
                return 12;
            }
        }
        out.add(high, from[at], to[at + 5]);
        return 6;
    }

    private int emit(String value, String reference, int at, int end, Builder out) {
        if (value.equals(reference) || value.isEmpty() || value.indexOf('\uFFFD') >= 0) {
            return 0;
        }
        out.addAll(value, from[at], to[end - 1]);
        return end - at;
    }

    /** The value of {@code digits} hex digits at {@code at}, or -1. */
    private int hex(int at, int digits) {
        if (digits <= 0 || at + digits > length()) {
            return -1;
        }
        int value = 0;
        for (int i = at; i < at + digits; i++) {
            int digit = codePoints[i] < 128 ? Character.digit(codePoints[i], 16) : -1;
            if (digit < 0) {
                return -1;
            }
            value = value * 16 + digit;
        }
        return value;
    }

    private String text(int start, int end) {
        return new String(codePoints, start, end - start);
    }

    private static boolean isAsciiLetterOrDigit(int cp) {
        return cp < 128 && Character.isLetterOrDigit(cp);
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static final class Builder {
        private int[] codePoints;
        private int[] from;
        private int[] to;
        private int size;

        Builder(int capacity) {
            codePoints = new int[Math.max(capacity, 1)];
            from = new int[codePoints.length];
            to = new int[codePoints.length];
        }

        void add(int codePoint, int start, int end) {
            if (size == codePoints.length) {
                codePoints = Arrays.copyOf(codePoints, size * 2);
                from = Arrays.copyOf(from, size * 2);
                to = Arrays.copyOf(to, size * 2);
            }
            codePoints[size] = codePoint;
            from[size] = start;
            to[size] = end;
            size++;
        }

        void addAll(String value, int start, int end) {
            value.codePoints().forEach(cp -> add(cp, start, end));
        }

        DecodedText build() {
            return new DecodedText(Arrays.copyOf(codePoints, size), Arrays.copyOf(from, size), Arrays.copyOf(to, size));
        }
    }
}
