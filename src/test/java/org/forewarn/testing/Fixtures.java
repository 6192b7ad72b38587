package org.forewarn.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies that read like the domain; each returns a mutable map to adjust for one test. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Map<String, Object> threat() {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("title", "Plot against a concert venue " + UUID.randomUUID().toString().substring(0, 8));
        t.put("summary", "An armed group plans an assault on a crowded concert hall.");
        t.put("harmTypes", List.of("INTENTIONAL_KILLING", "SERIOUS_BODILY_INJURY"));
        t.put("actor", "Islamic State (ISIS-K)");
        t.put("method", "armed assault on a crowded venue");
        t.put("targets", List.of(Map.of("name", "Crocus City Hall", "kind", "VENUE",
                "place", "Krasnogorsk, Moscow Oblast, Russia", "lat", 55.8254, "lon", 37.3886)));
        t.put("area", Map.of("description", "Moscow and Moscow Oblast", "polygon",
                List.of(List.of(55.49, 37.30), List.of(55.49, 37.95), List.of(55.96, 37.95), List.of(55.96, 37.30),
                        List.of(55.49, 37.30))));
        t.put("windowFrom", "2024-03-06T00:00:00+03:00");
        t.put("windowTo", "2024-03-31T23:59:59+03:00");
        t.put("receivedAt", "2024-03-05T10:00:00+03:00");
        t.put("sourceReliability", "B");
        t.put("informationCredibility", 2);
        t.put("classification", "SECRET");
        t.put("tlp", "TLP:RED");
        t.put("affectsGeneralPublic", true);
        t.put("protectedDetails", Map.of(
                "sourceDescription", "liaison-derived reporting on an ISIS-K cell (placeholder)",
                "collectionMethod", "placeholder method name that must never reach a tearline",
                "protectedTerms", List.of("NIGHTJAR", "CELL-7 intercept")));
        t.put("timeZone", "Europe/Moscow");
        return t;
    }

    public static Map<String, Object> dutyToWarn() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("outcome", "DUTY_TO_WARN");
        d.put("credible", true);
        d.put("specific", true);
        d.put("rationale", "Named venues, named actor, imminent window.");
        return d;
    }

    public static Map<String, Object> recipient(String relationship, Map<String, Object> channel) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", "Recipient " + UUID.randomUUID());
        r.put("kind", "GOVERNMENT_SERVICE");
        r.put("country", "RU");
        r.put("relationship", relationship);
        r.put("channels", List.of(channel));
        return r;
    }

    public static Map<String, Object> liaisonChannel() {
        return Map.of("type", "LIAISON", "address", "Liaison officer, Moscow station");
    }

    public static Map<String, Object> emailChannel(String address) {
        return Map.of("type", "EMAIL", "address", address);
    }

    public static Map<String, Object> smsChannel(String phone) {
        return Map.of("type", "SMS", "address", phone);
    }

    public static Map<String, Object> webhookChannel(String url) {
        return Map.of("type", "WEBHOOK", "address", url, "secret", "a-shared-webhook-secret");
    }

    public static final String CLEAN_TEXT = "Credible information indicates Islamic State operatives plan an armed "
            + "attack on large gatherings in Moscow in the coming weeks. Potential targets include Crocus City Hall "
            + "in Krasnogorsk and a synagogue in Moscow.";

    public static Map<String, Object> warning(String recipientId, String channel, String text) {
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("recipientId", recipientId);
        w.put("channel", channel);
        w.put("releasableText", text);
        w.put("facets", Map.of("actor", "SHARED", "target", "SHARED", "place", "SHARED", "time", "SHARED",
                "method", "WITHHELD"));
        w.put("withheldReasons", Map.of("method", "Would reveal how the information was obtained."));
        return w;
    }

    public static final List<List<Double>> MOSCOW = List.of(List.of(55.49, 37.30), List.of(55.49, 37.95),
            List.of(55.96, 37.95), List.of(55.96, 37.30), List.of(55.49, 37.30));

    /** The 7 March 2024 embassy alert, as a draft request. */
    public static Map<String, Object> embassyAlert() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("sender", "U.S. Embassy Moscow");
        a.put("headline", "Security Alert: imminent plans to attack large gatherings in Moscow");
        a.put("event", "Threat of terrorist attack on large gatherings");
        a.put("description", "The Embassy is monitoring reports that extremists have imminent plans to attack large "
                + "gatherings in Moscow, to include concerts.");
        a.put("instruction", "Avoid large gatherings over the next 48 hours. Monitor local media for updates. "
                + "Be aware of your surroundings.");
        a.put("assistance", "U.S. Embassy Moscow, +7 (495) 728-5000");
        a.put("severity", "Severe");
        a.put("urgency", "Immediate");
        a.put("certainty", "Likely");
        a.put("area", Map.of("description", "Moscow and Moscow Oblast", "polygon", MOSCOW));
        a.put("timeZone", "Europe/Moscow");
        a.put("languages", List.of(Map.of("language", "ru", "headline", "Предупреждение о безопасности",
                "description", "Посольство располагает сведениями о планах экстремистов атаковать массовые "
                        + "мероприятия в Москве, включая концерты.",
                "instruction", "Избегайте массовых мероприятий в ближайшие 48 часов.")));
        return a;
    }
}
