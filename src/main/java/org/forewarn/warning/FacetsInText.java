package org.forewarn.warning;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.forewarn.threat.Target;
import org.forewarn.threat.ThreatSummary;

/**
 * Reads a warning's text for each facet of the threat, the way the tearline check reads a text
 * for protected terms ({@link TextSkeleton} readings, {@link ProtectedPhrase} matching, so
 * "Cr0cus City Hall" or "Кrocus" count as the venue):
 * <ul>
 * <li><b>actor</b>: the actor's name, or any name it is given in brackets or after a slash
 * ("Islamic State (ISIS-K)" is found as "Islamic State" or "ISIS-K");</li>
 * <li><b>target</b>: any target's name, its words in any order close together;</li>
 * <li><b>place</b>: any part of the area's description or a target's place ("Krasnogorsk",
 * "Moscow Oblast");</li>
 * <li><b>time</b>: a date, day, time of day or window ({@link TimeMentions});</li>
 * <li><b>method</b>: the method as the tearline check finds a collection method: three quarters
 * of its meaningful words close together, or two that stand together in it.</li>
 * </ul>
 * The specificity "in the text" scores the facets found, with the same weights as the declared one.
 */
final class FacetsInText {

    private static final Pattern PARTS = Pattern.compile("\\s*(?:[,;/()\\[\\]]|\\s-\\s|\\band\\b|\\baka\\b"
            + "|\\balso known as\\b)\\s*", Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter WINDOW = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private FacetsInText() {
    }

    static KnownVsShared read(UUID warningId, Facets declared, ThreatSummary threat, String text,
            boolean fromReceipt, boolean cleared) {
        List<TextSkeleton> readings = text == null || text.isBlank() ? List.of() : TextSkeleton.readings(text);
        Map<String, String> reasons = declared.withheldReasons();
        List<KnownVsShared.Row> rows = new ArrayList<>();
        List<Facet> found = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            List<String> shown = switch (facet) {
                case ACTOR -> names(readings, text, parts(threat.actor(), true));
                case TARGET -> names(readings, text, threat.targets().stream().map(Target::name).toList());
                case PLACE -> names(readings, text, places(threat));
                case TIME -> TimeMentions.in(text);
                case METHOD -> threat.method() == null || threat.method().isBlank() ? List.of()
                        : ProtectedPhrase.collectionMethod(threat.method()).firstIn(readings)
                        .map(f -> List.of(written(text, f))).orElse(List.of());
            };
            boolean inText = !shown.isEmpty();
            if (inText) {
                found.add(facet);
            }
            FacetStatus status = declared.status(facet);
            KnownVsShared.Flag flag = status == FacetStatus.SHARED && !inText
                    ? KnownVsShared.Flag.DECLARED_SHARED_BUT_ABSENT
                    : status == FacetStatus.WITHHELD && inText ? KnownVsShared.Flag.DECLARED_WITHHELD_BUT_PRESENT
                    : KnownVsShared.Flag.NONE;
            rows.add(new KnownVsShared.Row(facet, known(facet, threat), status,
                    cleared && status == FacetStatus.WITHHELD ? reasons.get(facet.field()) : null, inText,
                    shown, flag));
        }
        Facets inText = new Facets(status(found, Facet.ACTOR), status(found, Facet.TARGET), status(found, Facet.PLACE),
                status(found, Facet.TIME), status(found, Facet.METHOD), Map.of());
        return new KnownVsShared(warningId, text, fromReceipt, threat.receivedAt(), rows,
                SpecificityScore.of(declared), SpecificityScore.of(inText));
    }

    /** What the service knew of the facet, in words; "not known" when the threat does not say. */
    static String known(Facet facet, ThreatSummary threat) {
        String known = switch (facet) {
            case ACTOR -> threat.actor();
            case TARGET -> String.join("; ", threat.targets().stream().map(Target::name).toList());
            case PLACE -> String.join("; ", places(threat));
            case TIME -> window(threat);
            case METHOD -> threat.method();
        };
        return known == null || known.isBlank() ? "not known" : known;
    }

    private static String window(ThreatSummary threat) {
        if (threat.windowFrom() == null && threat.windowTo() == null) {
            return null;
        }
        ZoneId zone = ZoneId.of(threat.timeZone());
        return (threat.windowFrom() == null ? "until " : at(threat.windowFrom(), zone))
                + (threat.windowFrom() != null && threat.windowTo() != null ? " – " : "")
                + (threat.windowTo() == null ? " onwards" : at(threat.windowTo(), zone)) + " (" + zone.getId() + ")";
    }

    private static String at(Instant instant, ZoneId zone) {
        return WINDOW.format(instant.atZone(zone));
    }

    private static FacetStatus status(List<Facet> found, Facet facet) {
        return found.contains(facet) ? FacetStatus.SHARED : FacetStatus.WITHHELD;
    }

    /** The area's description and each target's place, whole, as the "known" column shows them. */
    private static List<String> places(ThreatSummary threat) {
        Set<String> places = new LinkedHashSet<>();
        if (threat.area() != null) {
            places.add(threat.area().description());
        }
        threat.targets().stream().map(Target::place).filter(p -> p != null && !p.isBlank()).forEach(places::add);
        return List.copyOf(places);
    }

    /** Each name found in the text (as written there), looking for every part of every name. */
    private static List<String> names(List<TextSkeleton> readings, String text, List<String> names) {
        List<ProtectedPhrase.Found> found = new ArrayList<>();
        for (String name : names) {
            for (String part : parts(name, true)) {
                ProtectedPhrase.term(part).firstIn(readings).ifPresent(found::add);
            }
        }
        // Where one finding lies within another ("synagogue in Moscow" in "a synagogue in Moscow"), the longer stands.
        found.sort(java.util.Comparator.comparingInt(ProtectedPhrase.Found::start)
                .thenComparing(java.util.Comparator.comparingInt(ProtectedPhrase.Found::end).reversed()));
        Set<String> shown = new LinkedHashSet<>();
        int coveredTo = -1;
        for (ProtectedPhrase.Found f : found) {
            if (f.end() <= coveredTo) {
                continue;
            }
            shown.add(written(text, f));
            coveredTo = Math.max(coveredTo, f.end());
        }
        return List.copyOf(shown);
    }

    /**
     * A name and the names inside it: "Islamic State (ISIS-K)" is also "Islamic State" and "ISIS-K";
     * "Krasnogorsk, Moscow Oblast, Russia" is also each of those. Parts of fewer than three letters
     * are left out: they would be found in too many texts.
     */
    private static List<String> parts(String name, boolean whole) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        Set<String> parts = new LinkedHashSet<>();
        if (whole && !PARTS.matcher(name).find()) {
            parts.add(name.strip());
        }
        for (String part : PARTS.split(name)) {
            String p = part.strip().replaceFirst("(?i)^(?:the|a|an)\\s+", "");
            if (p.codePoints().filter(Character::isLetterOrDigit).count() >= 3) {
                parts.add(p);
            }
        }
        return List.copyOf(parts);
    }

    private static String written(String text, ProtectedPhrase.Found found) {
        int start = Math.max(0, Math.min(found.start(), text.length()));
        int end = Math.max(start, Math.min(found.end(), text.length()));
        return text.substring(start, end);
    }
}
