package org.forewarn.warning;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a text says when: a date ("22 March", "March 22nd", "2024-03-22", "22.03."), a day
 * of the week, a time of day ("at 20:00"), or a window ("in the coming weeks", "over the next 48
 * hours", "within two days", "tonight", "imminent"). English wording; the text is read after the
 * same compatibility folding the tearline check starts from, so fullwidth digits count as digits.
 */
final class TimeMentions {

    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final String DAY = "(?:[0-3]?\\d)(?:st|nd|rd|th)?";
    private static final String AMOUNT = "(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
            + "twenty-four|forty-eight|few|several|couple of)";
    private static final String UNIT = "(?:hours?|days?|nights?|weeks?|weekends?|months?)";

    private static final List<Pattern> PATTERNS = List.of(
            // 2024-03-22, 22.03.2024, 22/03, 03/22/2024
            Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b"),
            Pattern.compile("\\b[0-3]?\\d[./][01]?\\d(?:[./](?:\\d{4}|\\d{2}))?\\b(?![./]\\d)"),
            // 22 March, 22nd of March, March 22, March 22nd 2024, mid-March, late March
            Pattern.compile("\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + "\\b(?:\\s+\\d{4})?"),
            Pattern.compile("\\b" + MONTH + "\\.?\\s+" + DAY + "\\b(?:,?\\s+\\d{4})?"),
            Pattern.compile("\\b(?:in|during|by|before|until|from|early|mid|late|end of|beginning of)[\\s-]+"
                    + MONTH + "\\b(?:\\s+\\d{4})?"),
            Pattern.compile("\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:s| night| evening| morning)?\\b"),
            // at 20:00, 8 pm, 20h
            Pattern.compile("\\b(?:[01]?\\d|2[0-3]):[0-5]\\d\\b"),
            Pattern.compile("\\b(?:1[0-2]|0?[1-9])\\s?(?:a\\.?m\\.?|p\\.?m\\.?)(?![a-z])"),
            // in the coming weeks, over the next 48 hours, within two days, in the next few days
            Pattern.compile("\\b(?:in|over|during|within|for)\\s+the\\s+(?:coming|next|following|upcoming)\\s+(?:"
                    + AMOUNT + "\\s+)?" + UNIT + "\\b"),
            Pattern.compile("\\b(?:coming|next|following|upcoming)\\s+(?:" + AMOUNT + "\\s+)?" + UNIT + "\\b"),
            Pattern.compile("\\bwithin\\s+(?:the\\s+)?" + AMOUNT + "\\s+" + UNIT + "\\b"),
            Pattern.compile("\\b(?:this|next)\\s+(?:week|weekend|month|evening|morning|afternoon|night)\\b"),
            Pattern.compile("\\b(?:tonight|tomorrow|today|imminent(?:ly)?|in\\s+the\\s+near\\s+future)\\b"));

    private TimeMentions() {
    }

    /** The phrases that say when, as written, in the order they appear; overlapping matches once. */
    static List<String> in(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        // NFKC keeps lengths close enough for short phrases; match on a folded copy, cut from it too.
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        String lower = folded.toLowerCase(Locale.ROOT);
        List<int[]> spans = new ArrayList<>();
        for (Pattern pattern : PATTERNS) {
            Matcher m = pattern.matcher(lower);
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
            }
        }
        spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        List<String> phrases = new ArrayList<>();
        int coveredTo = -1;
        for (int[] span : spans) {
            if (span[0] < coveredTo) {
                continue;
            }
            phrases.add(folded.substring(span[0], span[1]).strip());
            coveredTo = span[1];
        }
        return phrases;
    }
}
