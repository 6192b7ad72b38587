package org.forewarn.alert;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.forewarn.shared.LanguageTag;
import org.forewarn.shared.Violations;

/** The alert in another language: one more CAP info block. */
public record Translation(String language, String headline, String event, String description, String instruction) {



    public Translation {
        Violations.check()
                .require(LanguageTag.isValid(language), "language",
                        "must be an RFC 5646 language tag such as ru or ru-RU")
                .notBlank(headline, "headline").maxLength(headline, 300, "headline")
                .maxLength(event, 300, "event")
                .notBlank(description, "description").maxLength(description, 10_000, "description")
                .notBlank(instruction, "instruction").maxLength(instruction, 10_000, "instruction")
                .orThrow();
    }

    /** The primary language subtag, lower case: "en-US" and "EN" are both "en". */
    static String primary(String tag) {
        return tag.split("-", 2)[0].toLowerCase(Locale.ROOT);
    }

    static boolean sameLanguage(String a, String b) {
        return primary(a).equals(primary(b));
    }

    /**
     * Each language once: no translation in the alert's own language, and no two in one language,
     * comparing primary subtags ({@code en-US} and {@code en}, {@code ru} and {@code RU-ru} are one
     * language). A reader gets one text per language; which of two would they get?
     *
     * @param language the alert's own language, or null if not known here
     */
    static void requireDistinct(String language, List<Translation> translations, Violations v) {
        Map<String, String> seen = new HashMap<>();
        if (language != null) {
            seen.put(primary(language), "the alert's own language (" + language + ")");
        }
        for (int i = 0; i < translations.size(); i++) {
            Translation t = translations.get(i);
            String field = "languages[" + i + "]";
            if (t == null) {
                v.add(field, "must be a translation, not null");
                continue;
            }
            String earlier = seen.putIfAbsent(primary(t.language()), "languages[" + i + "] (" + t.language() + ")");
            if (earlier != null) {
                v.add(field + ".language", "'" + t.language() + "' is the same language as " + earlier
                        + "; give each language once");
            }
        }
    }
}
