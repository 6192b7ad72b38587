package org.forewarn.shared;

import java.util.regex.Pattern;

/** The one rule for a language tag (BCP 47, simplified: {@code en}, {@code ru}, {@code zh-Hant}, {@code pt-BR}). */
public final class LanguageTag {

    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private LanguageTag() {
    }

    public static boolean isValid(String tag) {
        return tag != null && TAG.matcher(tag).matches();
    }
}
