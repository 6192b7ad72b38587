package org.forewarn.alert;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.forewarn.shared.LanguageTag;
import org.forewarn.shared.Violations;

/**
 * A public alert as the consular officer writes it.
 *
 * @param sender      who issues it, as the public sees it ("U.S. Embassy Moscow")
 * @param event       what is happening, in a few words ("Threat of terrorist attack")
 * @param instruction what people should do; one action per sentence or line
 * @param assistance  where to get help (the "Assistance" section), optional
 * @param effective   from when it applies; now if absent
 * @param expires     until when; effective + the default validity (48 h) if absent
 * @param language    the language of the main text; en-US if absent
 * @param languages   the same alert in other languages
 * @param timeZone    the IANA zone times are shown in on the alert's page; UTC if absent
 * @param threatId    the threat it warns of: kept internal, never published
 * @param profiles    the national CAP profiles it follows (IPAWS_V1, CAP_CP, CAP_AU), none if absent
 * @param eventKind   what kind of event it warns of, for the profiles' event codes; required with a profile
 */
public record DraftAlert(String sender, String headline, String event, String description, String instruction,
                         String assistance, Severity severity, Urgency urgency, Certainty certainty, AlertArea area,
                         Instant effective, Instant expires, String language, List<Translation> languages,
                         String timeZone, UUID threatId, List<CapProfile> profiles, EventKind eventKind) {

    public DraftAlert {
        languages = languages == null ? List.of() : new ArrayList<>(languages);
        language = language == null || language.isBlank() ? "en-US" : language.strip();
        timeZone = timeZone == null || timeZone.isBlank() ? "UTC" : timeZone.strip();
        Violations v = Violations.check()
                .notBlank(sender, "sender").maxLength(sender, 300, "sender")
                .notBlank(headline, "headline").maxLength(headline, 300, "headline")
                .notBlank(event, "event").maxLength(event, 300, "event")
                .notBlank(description, "description").maxLength(description, 10_000, "description")
                .notBlank(instruction, "instruction").maxLength(instruction, 10_000, "instruction")
                .maxLength(assistance, 5000, "assistance")
                .notNull(severity, "severity").notNull(urgency, "urgency").notNull(certainty, "certainty")
                .notNull(area, "area")
                .require(effective == null || expires == null || expires.isAfter(effective), "expires",
                        "must be after effective")
                .require(LanguageTag.isValid(language), "language",
                        "must be an RFC 5646 language tag such as en-US")
                .require(validZone(timeZone), "timeZone", "must be an IANA time zone such as Europe/Moscow");
        Translation.requireDistinct(language, languages, v);
        profiles = Profiles.given(profiles, v);
        v.orThrow();
        languages = List.copyOf(languages);
    }

    static boolean validZone(String zone) {
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
