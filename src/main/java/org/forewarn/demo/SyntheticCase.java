package org.forewarn.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.forewarn.assessment.Outcome;
import org.forewarn.assessment.WaiverJustification;
import org.forewarn.identity.Clearance;
import org.forewarn.threat.HarmType;
import org.forewarn.threat.ProtectedDetails;
import org.forewarn.threat.ReportThreat;
import org.forewarn.threat.SourceReliability;
import org.forewarn.threat.Target;
import org.forewarn.threat.TargetKind;
import org.forewarn.threat.Tlp;

/**
 * One synthetic case of the scaled demo, and how far it got, made from nothing but its number: case
 * {@code n} is the same case whenever and however often it is generated (a Random seeded by n), so a
 * larger demo adds cases and never changes the ones already there. Times are relative to the
 * day the cases are loaded ({@code today}), spread over the five years before it, and each step
 * happens some hours after the one before; a step that would fall after {@code today} does not
 * happen yet. Nothing here touches the database: {@link SyntheticCases} replays it through the services.
 *
 * @param number       the case number, also in the title (with {@link #MARKER})
 * @param report       the threat as reported
 * @param determination what the analyst proposes and the approver decides; null: nobody assessed it yet
 * @param warning      the warning drafted and how far it went; null: none
 * @param closedAt     when the case is closed; null: it stays open
 */
record SyntheticCase(int number, ReportThreat report, Instant proposedAt, Assessment determination,
                     Warning warning, Instant closedAt) {

    /** In every synthetic title: the demo counts its synthetic cases by searching for it. */
    static final String MARKER = "synthetic demo case";

    static final Duration SPAN = Duration.ofDays(5 * 365);
    private static final long SEED = 0x5EED_F0E3L;

    /**
     * @param decidedAt when the approver approves it; null: still awaiting approval
     */
    record Assessment(Outcome outcome, boolean credible, boolean specific, String rationale,
                      WaiverJustification waiver, Instant decidedAt) {
    }

    /**
     * @param recipient       index into {@link SyntheticRecipients#ALL}
     * @param rejectedAt      when an approver rejected the first draft; null: it was not rejected
     * @param redraftedAt     when the analyst drafted it again after the rejection; null: not (yet)
     * @param approvedAt      when an approver approves it; null: not approved (not needed, or still awaited)
     * @param sentAt          when the liaison officer hands it over; null: not yet
     * @param acknowledgedAt  when the recipient acknowledges it; null: not yet
     */
    record Warning(int recipient, String text, boolean actorShared, Instant draftedAt, Instant rejectedAt,
                   Instant redraftedAt, Instant approvedAt, Instant sentAt, Instant acknowledgedAt) {
    }

    static SyntheticCase generate(int number, Instant today) {
        Random random = new Random(SEED * 1_000_003L + number);
        City city = pick(random, CITIES);
        Instant received = today.minus(Duration.ofDays(1)).minusSeconds((long) (random.nextDouble() * SPAN.toSeconds()));
        long ageDays = Duration.between(received, today).toDays();

        HarmType harm = weighted(random, new HarmType[] {HarmType.INTENTIONAL_KILLING, HarmType.SERIOUS_BODILY_INJURY,
                HarmType.KIDNAPPING, HarmType.OTHER}, 45, 25, 20, 10);
        Set<HarmType> harms = new LinkedHashSet<>(List.of(harm));
        if (harm == HarmType.KIDNAPPING && random.nextInt(4) == 0) {
            harms.add(HarmType.SERIOUS_BODILY_INJURY);
        }
        String actor = pick(random, ACTORS);
        TargetChoice target = targetOf(random, city);
        Instant windowFrom = received.plus(Duration.ofHours(12 + random.nextInt(24 * 10)));
        Instant windowTo = windowFrom.plus(Duration.ofHours(24 + random.nextInt(24 * 14)));
        Clearance classification = weighted(random, Clearance.values(), 15, 35, 45, 5);
        Tlp tlp = weighted(random, Tlp.values(), 5, 20, 40, 15, 20);
        boolean publicAffected = random.nextInt(10) == 0;
        ProtectedDetails protectedDetails = protectedDetails(random);

        String title = HARM_NOUNS[harm.ordinal()] + " threat to " + target.phrase() + " in " + city.name()
                + " (" + MARKER + " " + number + ")";
        String summary = "Reporting indicates that " + actor + " plans to " + pick(random, HARM_VERBS[harm.ordinal()]) + " "
                + target.phrase() + " in " + city.name() + ", " + city.country() + ", " + pick(random, WHENS) + ". "
                + pick(random, DETAILS);
        ReportThreat report = new ReportThreat(title, summary, harms, capitalised(actor), pick(random, METHODS),
                target.targets(), null, windowFrom, windowTo, received, pick(random, SourceReliability.values()),
                1 + random.nextInt(6), classification, Set.of(), tlp, publicAffected, protectedDetails, city.zone());

        // How far the case got: recent cases are often still being worked on.
        boolean inProgress = ageDays < 30 && random.nextBoolean();
        int stopAfter = inProgress ? random.nextInt(6) : Integer.MAX_VALUE;
        Instant limit = today.minus(Duration.ofHours(1));
        Steps steps = new Steps(random, received, limit, stopAfter);

        Assessment assessment = null;
        Instant proposedAt = null;
        Warning warning = null;
        if (random.nextInt(100) < 70 && (proposedAt = steps.next(1, 6)) != null) {
            boolean qualifies = harms.stream().anyMatch(HarmType::qualifiesForDutyToWarn);
            Outcome outcome = !qualifies ? Outcome.NO_DUTY
                    : classification == Clearance.TOP_SECRET
                            // Nobody below TOP SECRET may draft on these: warning would expose too much.
                            ? (random.nextBoolean() ? Outcome.WAIVED : Outcome.NO_DUTY)
                            : weighted(random, new Outcome[] {Outcome.DUTY_TO_WARN, Outcome.NO_DUTY, Outcome.WAIVED},
                                    78, 14, 8);
            WaiverJustification waiver = outcome != Outcome.WAIVED ? null
                    : classification == Clearance.TOP_SECRET ? WaiverJustification.ENDANGERS_SOURCES_OR_OPERATIONS
                    : pick(random, WaiverJustification.values());
            boolean credible = outcome != Outcome.NO_DUTY || random.nextBoolean();
            boolean specific = outcome != Outcome.NO_DUTY || random.nextInt(4) == 0;
            Instant decidedAt = steps.next(1, 4);
            assessment = new Assessment(outcome, credible, specific, pick(random, RATIONALES[outcome.ordinal()]),
                    waiver, decidedAt);
            if (decidedAt != null && outcome == Outcome.DUTY_TO_WARN) {
                warning = warning(random, steps, target, actor, city, publicAffected && ageDays > 60);
            }
        }
        boolean settled = assessment == null ? !inProgress
                : assessment.decidedAt() != null && (assessment.outcome() != Outcome.DUTY_TO_WARN
                        || warning != null && warning.acknowledgedAt() != null);
        Instant closedAt = null;
        if (settled && ageDays > 60 && random.nextInt(10) != 0) {
            closedAt = steps.next(24, 24 * 30);
        }
        return new SyntheticCase(number, report, proposedAt, assessment, warning, closedAt);
    }

    private static Warning warning(Random random, Steps steps, TargetChoice target, String actor, City city,
            boolean onlyToNonOfficials) {
        List<Integer> choices = new ArrayList<>();
        for (int i = 0; i < SyntheticRecipients.ALL.size(); i++) {
            if (!onlyToNonOfficials || !SyntheticRecipients.ALL.get(i).official()) {
                choices.add(i);
            }
        }
        int recipient = choices.get(random.nextInt(choices.size()));
        boolean actorShared = random.nextInt(5) != 0;
        String text = "Credible information indicates that " + (actorShared ? actor : "a hostile group") + " intends to "
                + pick(random, WARNING_VERBS) + " " + target.phrase() + " in " + city.name() + " in the coming days. "
                + pick(random, ADVICE);
        Instant draftedAt = steps.next(1, 10);
        if (draftedAt == null) {
            return null;
        }
        boolean needsApproval = SyntheticRecipients.ALL.get(recipient).relationship().needsApprovalToWarn();
        Instant rejectedAt = null;
        Instant redraftedAt = null;
        Instant approvedAt = null;
        Instant sentAt = null;
        Instant acknowledgedAt = null;
        if (needsApproval && random.nextInt(50) == 0) {
            // Rejected and drafted again: the record keeps both drafts.
            rejectedAt = steps.next(1, 3);
            redraftedAt = rejectedAt == null ? null : steps.next(1, 3);
        }
        if (rejectedAt == null || redraftedAt != null) {
            boolean approve = needsApproval || random.nextInt(10) < 3;
            approvedAt = approve ? steps.next(1, 3) : null;
            if (!approve || approvedAt != null) {
                sentAt = steps.next(1, 4);
                acknowledgedAt = sentAt == null ? null : steps.next(2, 48);
            }
        }
        return new Warning(recipient, text, actorShared, draftedAt, rejectedAt, redraftedAt, approvedAt, sentAt,
                acknowledgedAt);
    }

    /** The times of successive steps, each some hours after the last; none after the limit or the stop. */
    private static final class Steps {
        private final Random random;
        private final Instant limit;
        private final int stopAfter;
        private Instant last;
        private int taken;
        private boolean stopped;

        Steps(Random random, Instant start, Instant limit, int stopAfter) {
            this.random = random;
            this.last = start;
            this.limit = limit;
            this.stopAfter = stopAfter;
        }

        Instant next(int minHours, int maxHours) {
            long minutes = minHours * 60L + random.nextInt((maxHours - minHours) * 60 + 1);
            Instant at = last.plus(Duration.ofMinutes(minutes));
            if (stopped || taken >= stopAfter || at.isAfter(limit)) {
                stopped = true;
                return null;
            }
            taken++;
            last = at;
            return at;
        }
    }

    private record TargetChoice(String phrase, List<Target> targets) {
    }

    private static TargetChoice targetOf(Random random, City city) {
        double lat = city.lat() + (random.nextDouble() - 0.5) * 0.1;
        double lon = city.lon() + (random.nextDouble() - 0.5) * 0.1;
        String place = pick(random, DISTRICTS) + ", " + city.name() + ", " + city.country();
        return switch (random.nextInt(4)) {
            case 0 -> {
                String person = pick(random, FIRST_NAMES) + " " + pick(random, LAST_NAMES);
                String role = pick(random, ROLES);
                yield new TargetChoice(role + " " + person, List.of(new Target(person + ", " + role, TargetKind.PERSON,
                        place, lat, lon)));
            }
            case 1 -> {
                String group = pick(random, GROUPS);
                yield new TargetChoice(group, List.of(new Target(capitalised(group), TargetKind.GROUP, place, null, null)));
            }
            case 2 -> {
                String event = pick(random, EVENTS);
                yield new TargetChoice(event, List.of(new Target(capitalised(event), TargetKind.EVENT, place, lat, lon)));
            }
            default -> {
                String venue = pick(random, VENUES);
                List<Target> targets = new ArrayList<>(List.of(new Target(capitalised(venue) + " (" + city.name() + ")",
                        TargetKind.VENUE, place, lat, lon)));
                if (random.nextInt(5) == 0) {
                    String second = pick(random, VENUES);
                    if (!second.equals(venue)) {
                        targets.add(new Target(capitalised(second) + " (" + city.name() + ")", TargetKind.VENUE,
                                pick(random, DISTRICTS) + ", " + city.name() + ", " + city.country(), null, null));
                    }
                }
                yield new TargetChoice(venue, targets);
            }
        };
    }

    /** Some cases record their source and method; one in ten a protected code word. */
    private static ProtectedDetails protectedDetails(Random random) {
        boolean source = random.nextInt(10) < 3;
        boolean term = random.nextInt(10) == 0;
        if (!source && !term) {
            return null;
        }
        List<String> terms = term ? List.of(pick(random, CODE_WORDS) + "-" + (10 + random.nextInt(90))) : List.of();
        return new ProtectedDetails(source ? pick(random, SOURCES) : null, source ? pick(random, COLLECTION) : null,
                terms);
    }

    private static <T> T pick(Random random, T[] items) {
        return items[random.nextInt(items.length)];
    }

    private static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static <T> T weighted(Random random, T[] items, int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < items.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return items[i];
            }
        }
        return items[items.length - 1];
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    record City(String name, String country, String zone, double lat, double lon) {
    }

    /** A hundred cities, so that a city's name finds about one case in a hundred. */
    static final List<City> CITIES = List.of(
            new City("Mombasa", "Kenya", "Africa/Nairobi", -4.04, 39.67),
            new City("Nairobi", "Kenya", "Africa/Nairobi", -1.29, 36.82),
            new City("Lagos", "Nigeria", "Africa/Lagos", 6.52, 3.38),
            new City("Abuja", "Nigeria", "Africa/Lagos", 9.06, 7.49),
            new City("Kano", "Nigeria", "Africa/Lagos", 12.00, 8.52),
            new City("Accra", "Ghana", "Africa/Accra", 5.60, -0.19),
            new City("Dakar", "Senegal", "Africa/Dakar", 14.72, -17.47),
            new City("Bamako", "Mali", "Africa/Bamako", 12.64, -8.00),
            new City("Niamey", "Niger", "Africa/Niamey", 13.51, 2.13),
            new City("Ouagadougou", "Burkina Faso", "Africa/Ouagadougou", 12.37, -1.52),
            new City("Mogadishu", "Somalia", "Africa/Mogadishu", 2.05, 45.32),
            new City("Kampala", "Uganda", "Africa/Kampala", 0.35, 32.58),
            new City("Kinshasa", "DR Congo", "Africa/Kinshasa", -4.44, 15.27),
            new City("Goma", "DR Congo", "Africa/Lubumbashi", -1.68, 29.22),
            new City("Maputo", "Mozambique", "Africa/Maputo", -25.97, 32.57),
            new City("Johannesburg", "South Africa", "Africa/Johannesburg", -26.20, 28.05),
            new City("Cairo", "Egypt", "Africa/Cairo", 30.04, 31.24),
            new City("Alexandria", "Egypt", "Africa/Cairo", 31.20, 29.92),
            new City("Tunis", "Tunisia", "Africa/Tunis", 36.81, 10.18),
            new City("Tripoli", "Libya", "Africa/Tripoli", 32.89, 13.19),
            new City("Casablanca", "Morocco", "Africa/Casablanca", 33.57, -7.59),
            new City("Algiers", "Algeria", "Africa/Algiers", 36.75, 3.06),
            new City("Khartoum", "Sudan", "Africa/Khartoum", 15.50, 32.56),
            new City("Addis Ababa", "Ethiopia", "Africa/Addis_Ababa", 9.03, 38.74),
            new City("Djibouti", "Djibouti", "Africa/Djibouti", 11.59, 43.15),
            new City("Istanbul", "Turkey", "Europe/Istanbul", 41.01, 28.98),
            new City("Ankara", "Turkey", "Europe/Istanbul", 39.93, 32.86),
            new City("Beirut", "Lebanon", "Asia/Beirut", 33.89, 35.50),
            new City("Amman", "Jordan", "Asia/Amman", 31.95, 35.93),
            new City("Baghdad", "Iraq", "Asia/Baghdad", 33.31, 44.36),
            new City("Erbil", "Iraq", "Asia/Baghdad", 36.19, 44.01),
            new City("Damascus", "Syria", "Asia/Damascus", 33.51, 36.28),
            new City("Riyadh", "Saudi Arabia", "Asia/Riyadh", 24.71, 46.68),
            new City("Jeddah", "Saudi Arabia", "Asia/Riyadh", 21.49, 39.19),
            new City("Dubai", "United Arab Emirates", "Asia/Dubai", 25.20, 55.27),
            new City("Doha", "Qatar", "Asia/Qatar", 25.29, 51.53),
            new City("Muscat", "Oman", "Asia/Muscat", 23.59, 58.41),
            new City("Sanaa", "Yemen", "Asia/Aden", 15.37, 44.19),
            new City("Aden", "Yemen", "Asia/Aden", 12.79, 45.02),
            new City("Tehran", "Iran", "Asia/Tehran", 35.69, 51.39),
            new City("Kabul", "Afghanistan", "Asia/Kabul", 34.56, 69.21),
            new City("Kandahar", "Afghanistan", "Asia/Kabul", 31.63, 65.71),
            new City("Karachi", "Pakistan", "Asia/Karachi", 24.86, 67.01),
            new City("Lahore", "Pakistan", "Asia/Karachi", 31.55, 74.34),
            new City("Peshawar", "Pakistan", "Asia/Karachi", 34.01, 71.58),
            new City("Islamabad", "Pakistan", "Asia/Karachi", 33.68, 73.05),
            new City("Delhi", "India", "Asia/Kolkata", 28.70, 77.10),
            new City("Mumbai", "India", "Asia/Kolkata", 19.08, 72.88),
            new City("Dhaka", "Bangladesh", "Asia/Dhaka", 23.81, 90.41),
            new City("Colombo", "Sri Lanka", "Asia/Colombo", 6.93, 79.86),
            new City("Kathmandu", "Nepal", "Asia/Kathmandu", 27.72, 85.32),
            new City("Tashkent", "Uzbekistan", "Asia/Tashkent", 41.30, 69.24),
            new City("Almaty", "Kazakhstan", "Asia/Almaty", 43.24, 76.89),
            new City("Bishkek", "Kyrgyzstan", "Asia/Bishkek", 42.87, 74.57),
            new City("Dushanbe", "Tajikistan", "Asia/Dushanbe", 38.56, 68.79),
            new City("Tbilisi", "Georgia", "Asia/Tbilisi", 41.72, 44.79),
            new City("Yerevan", "Armenia", "Asia/Yerevan", 40.18, 44.51),
            new City("Baku", "Azerbaijan", "Asia/Baku", 40.41, 49.87),
            new City("Moscow", "Russia", "Europe/Moscow", 55.76, 37.62),
            new City("Kazan", "Russia", "Europe/Moscow", 55.79, 49.12),
            new City("Minsk", "Belarus", "Europe/Minsk", 53.90, 27.56),
            new City("Kyiv", "Ukraine", "Europe/Kyiv", 50.45, 30.52),
            new City("Odesa", "Ukraine", "Europe/Kyiv", 46.48, 30.72),
            new City("Chisinau", "Moldova", "Europe/Chisinau", 47.01, 28.86),
            new City("Warsaw", "Poland", "Europe/Warsaw", 52.23, 21.01),
            new City("Berlin", "Germany", "Europe/Berlin", 52.52, 13.40),
            new City("Hamburg", "Germany", "Europe/Berlin", 53.55, 9.99),
            new City("Vienna", "Austria", "Europe/Vienna", 48.21, 16.37),
            new City("Prague", "Czechia", "Europe/Prague", 50.08, 14.44),
            new City("Budapest", "Hungary", "Europe/Budapest", 47.50, 19.04),
            new City("Belgrade", "Serbia", "Europe/Belgrade", 44.79, 20.45),
            new City("Sarajevo", "Bosnia and Herzegovina", "Europe/Sarajevo", 43.86, 18.41),
            new City("Athens", "Greece", "Europe/Athens", 37.98, 23.73),
            new City("Rome", "Italy", "Europe/Rome", 41.90, 12.50),
            new City("Milan", "Italy", "Europe/Rome", 45.46, 9.19),
            new City("Marseille", "France", "Europe/Paris", 43.30, 5.37),
            new City("Paris", "France", "Europe/Paris", 48.86, 2.35),
            new City("Brussels", "Belgium", "Europe/Brussels", 50.85, 4.35),
            new City("Amsterdam", "Netherlands", "Europe/Amsterdam", 52.37, 4.90),
            new City("London", "United Kingdom", "Europe/London", 51.51, -0.13),
            new City("Manchester", "United Kingdom", "Europe/London", 53.48, -2.24),
            new City("Dublin", "Ireland", "Europe/Dublin", 53.35, -6.26),
            new City("Madrid", "Spain", "Europe/Madrid", 40.42, -3.70),
            new City("Barcelona", "Spain", "Europe/Madrid", 41.39, 2.17),
            new City("Lisbon", "Portugal", "Europe/Lisbon", 38.72, -9.14),
            new City("Stockholm", "Sweden", "Europe/Stockholm", 59.33, 18.07),
            new City("Copenhagen", "Denmark", "Europe/Copenhagen", 55.68, 12.57),
            new City("Oslo", "Norway", "Europe/Oslo", 59.91, 10.75),
            new City("Manila", "Philippines", "Asia/Manila", 14.60, 120.98),
            new City("Jakarta", "Indonesia", "Asia/Jakarta", -6.21, 106.85),
            new City("Bangkok", "Thailand", "Asia/Bangkok", 13.76, 100.50),
            new City("Yangon", "Myanmar", "Asia/Yangon", 16.84, 96.17),
            new City("Mexico City", "Mexico", "America/Mexico_City", 19.43, -99.13),
            new City("Culiacan", "Mexico", "America/Mazatlan", 24.81, -107.39),
            new City("Tegucigalpa", "Honduras", "America/Tegucigalpa", 14.07, -87.19),
            new City("Bogota", "Colombia", "America/Bogota", 4.71, -74.07),
            new City("Caracas", "Venezuela", "America/Caracas", 10.48, -66.90),
            new City("Quito", "Ecuador", "America/Guayaquil", -0.18, -78.47),
            new City("Lima", "Peru", "America/Lima", -12.05, -77.04),
            new City("Port-au-Prince", "Haiti", "America/Port-au-Prince", 18.59, -72.31));

    private static final String[] HARM_NOUNS = {"Assassination", "Violent attack", "Kidnapping", "Sabotage"};
    private static final String[][] HARM_VERBS = {
            {"kill", "assassinate", "bomb", "carry out a mass-casualty attack on", "shoot"},
            {"attack", "assault", "throw acid at", "beat"},
            {"kidnap", "abduct", "seize and hold for ransom", "take hostage"},
            {"damage the property of", "sabotage equipment belonging to", "disrupt"}};
    private static final String[] WARNING_VERBS = {"attack", "harm", "target", "kidnap", "strike at"};
    private static final String[] ACTORS = {"a kidnap-for-ransom gang", "an armed separatist faction",
            "a jihadist cell", "a drug cartel's enforcers", "a lone extremist", "a local militia",
            "hostile intelligence officers", "an organised crime network", "a far-right group", "a far-left cell",
            "a pirate crew", "a radicalised former soldier", "a paramilitary unit", "a smuggling ring",
            "an insurgent brigade", "a hired assassin", "a religious extremist group", "a student militia",
            "an anarchist collective", "a prison gang"};
    private static final String[] METHODS = {"firearms", "improvised explosive device", "vehicle ramming",
            "knife attack", "abduction from a vehicle", "arson", "poisoning", "drone-dropped explosive",
            "armed assault by several attackers", "grenade"};
    private static final String[] ROLES = {"the journalist", "the opposition politician", "the human rights lawyer",
            "the judge", "the businessman", "the dissident blogger", "the aid worker", "the mayor",
            "the trade union leader", "the engineer", "the diplomat", "the priest"};
    private static final String[] FIRST_NAMES = {"Amina", "Omar", "Fatima", "Yusuf", "Elena", "Dmitri", "Maria",
            "Carlos", "Aisha", "Ibrahim", "Leila", "Hassan", "Sofia", "Mateo", "Nadia", "Tariq", "Ana", "Jonas",
            "Priya", "Rahul", "Mei", "Kofi", "Zainab", "Luis", "Olena", "Samir", "Grace", "Peter", "Irina", "Musa"};
    private static final String[] LAST_NAMES = {"Hassan", "Okafor", "Petrova", "Garcia", "Mensah", "Ali", "Novak",
            "Rahman", "Silva", "Kowalski", "Haddad", "Ivanova", "Mwangi", "Torres", "Khan", "Nguyen", "Diallo",
            "Yilmaz", "Santos", "Popescu", "Abubakar", "Morales", "Sokolov", "Osei", "Farah"};
    private static final String[] GROUPS = {"aid workers of an international charity", "a foreign engineering team",
            "a tourist group", "election observers", "a visiting football team", "students of a foreign school",
            "oil terminal workers", "UN staff", "a film crew", "missionaries", "a delegation of trade negotiators"};
    private static final String[] EVENTS = {"a music festival", "a pride march", "an election rally",
            "a football match", "a religious procession", "a trade fair", "a national day parade", "a marathon",
            "a book fair", "a summit meeting"};
    private static final String[] VENUES = {"the central railway station", "a shopping mall", "a synagogue",
            "a church", "a mosque", "a concert hall", "an international hotel", "the national stadium",
            "an embassy", "the airport", "a school", "a hospital", "a nightclub", "the city market",
            "a bus terminal", "a ferry port", "a university campus", "a cinema"};
    private static final String[] DISTRICTS = {"City centre", "Old town", "Harbour district", "North district",
            "South district", "East district", "West district", "Airport area", "University quarter",
            "Industrial zone", "Diplomatic quarter", "Market district"};
    private static final String[] WHENS = {"within the next week", "during the coming holiday",
            "in the next few days", "before the end of the month", "at the next public event", "imminently"};
    private static final String[] DETAILS = {"Weapons are said to be in place.", "The plotters have watched the target.",
            "Timing is not yet fixed.", "A second attempt is possible if the first fails.",
            "Local police are not known to be aware.", "The plan has been discussed with a financier.",
            "Members have travelled to the city.", "The target has received threats before."};
    private static final String[] ADVICE = {"Review protective measures now.",
            "Consider postponing public appearances.", "Raise security at entrances and check vehicles.",
            "Vary routes and routines and avoid announced schedules.", "Inform staff and restrict access."};
    private static final String[][] RATIONALES = {
            {"Credible, specific and about an impending attack on identifiable people: the duty to warn arises.",
                    "Named target, place and time window from a reliable source: warn.",
                    "Corroborated by a second report; specific enough to act on."},
            {"Too vague to act on: no identifiable target or time.",
                    "Single uncorroborated report from a source of unknown reliability.",
                    "The harm threatened is not one that gives rise to a duty to warn."},
            {"The duty arises, but one of the enumerated justifications excuses the warning.",
                    "Warning would expose the operation: the duty is waived on the stated ground."}};
    /** Vocabulary of its own, none of it in the warning texts above, so no draft leaks by accident. */
    private static final String[] SOURCES = {"Walk-in informant, first contact, vetted by a case officer",
            "Long-standing recruited asset with access to planning meetings",
            "Liaison report, single source, reliability unknown",
            "Defector debriefed abroad",
            "Detainee debrief shared by partner authorities"};
    private static final String[] COLLECTION = {"Signals intercept of encrypted messenger traffic",
            "Intercepted telephone conversations between members",
            "Technical surveillance of a safe house",
            "Financial tracing of transfers to a courier",
            "Human reporting from a handler meeting"};
    private static final String[] CODE_WORDS = {"KESTREL", "HARRIER", "OSPREY", "BITTERN", "SHRIKE", "WAGTAIL",
            "CURLEW", "DUNLIN", "PLOVER", "GOSHAWK"};
}
