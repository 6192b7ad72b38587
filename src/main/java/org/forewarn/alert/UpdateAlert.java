package org.forewarn.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.forewarn.shared.Violations;

/**
 * A new version of a published alert. Whatever is left out stays as it was.
 *
 * @param effective from when the updated alert applies; unchanged if absent (an update does not
 *                  bring forward an alert that starts later)
 * @param languages replaces all translations when given
 * @param profiles  replaces the national CAP profiles when given ([] for none)
 * @param eventKind the kind of event for the profiles' event codes; unchanged if absent
 */
public record UpdateAlert(String headline, String event, String description, String instruction, String assistance,
                          Severity severity, Urgency urgency, Certainty certainty, AlertArea area, Instant effective,
                          Instant expires, List<Translation> languages, List<CapProfile> profiles,
                          EventKind eventKind) {

    public UpdateAlert {
        languages = languages == null ? null : new ArrayList<>(languages);
        Violations v = Violations.check()
                .maxLength(headline, 300, "headline").maxLength(event, 300, "event")
                .maxLength(description, 10_000, "description").maxLength(instruction, 10_000, "instruction")
                .maxLength(assistance, 5000, "assistance")
                .require(headline == null || !headline.isBlank(), "headline", "must not be blank; leave it out to keep it")
                .require(event == null || !event.isBlank(), "event", "must not be blank; leave it out to keep it")
                .require(description == null || !description.isBlank(), "description",
                        "must not be blank; leave it out to keep it")
                .require(instruction == null || !instruction.isBlank(), "instruction",
                        "must not be blank; leave it out to keep it")
                .require(effective == null || expires == null || expires.isAfter(effective), "expires",
                        "must be after effective");
        if (languages != null) {
            // The alert's own language is checked against the alert itself when the update is made.
            Translation.requireDistinct(null, languages, v);
        }
        profiles = profiles == null ? null : Profiles.given(profiles, v);
        v.orThrow();
        languages = languages == null ? null : List.copyOf(languages);
    }
}
