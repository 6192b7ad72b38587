package org.forewarn.alert;

/**
 * A translation as stored with the message: checked when it was given (as a {@link Translation}),
 * never again when read, so that what is stored — whatever it holds — stays readable.
 */
public record StoredTranslation(String language, String headline, String event, String description,
                                String instruction) {

    static StoredTranslation of(Translation t) {
        return new StoredTranslation(t.language(), t.headline(), t.event(), t.description(), t.instruction());
    }
}
