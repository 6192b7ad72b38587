package org.forewarn.review;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.forewarn.attribution.ClaimKind;
import org.forewarn.attribution.Likelihood;
import org.forewarn.audit.AuditTrail;
import org.forewarn.audit.CanonicalJson;

/**
 * A case's timeline read off the audit chain, not off the tables a module may still change: each
 * entry says what happened, when (the time the event states: when information was received, a
 * warning delivered, a response received; else when it was recorded) and who did it.
 */
final class ChainTimeline {

    private static final Duration LATE = Duration.ofMinutes(5);

    /** One audit entry, its payload read. */
    record Event(long sequence, String type, Instant at, Instant recordedAt, String actor, Map<String, Object> payload) {

        String text(String member) {
            Object value = payload.get(member);
            return value == null ? null : value.toString();
        }

        Instant time(String member) {
            String value = text(member);
            return value == null ? null : Instant.parse(value);
        }
    }

    private final List<Event> events;
    private final ReviewWords words;

    private ChainTimeline(List<Event> events, ReviewWords words) {
        this.events = events;
        this.words = words;
    }

    @SuppressWarnings("unchecked")
    static ChainTimeline of(List<AuditTrail.Entry> entries, ReviewWords words) {
        List<Event> events = new ArrayList<>();
        for (AuditTrail.Entry e : entries) {
            Map<String, Object> payload = CanonicalJson.parse(e.payload()) instanceof Map<?, ?> m
                    ? (Map<String, Object>) m : Map.of();
            Event bare = new Event(e.sequence(), e.eventType(), e.occurredAt(), e.occurredAt(), e.actor(), payload);
            Instant stated = statedTime(bare);
            events.add(new Event(e.sequence(), e.eventType(), stated != null ? stated : e.occurredAt(),
                    e.occurredAt(), e.actor(), payload));
        }
        events.sort(Comparator.comparing(Event::at).thenComparingLong(Event::sequence));
        return new ChainTimeline(events, words);
    }

    /** The time an event itself states for what happened, where it states one. */
    private static Instant statedTime(Event e) {
        return switch (e.type()) {
            case "ThreatReported", "WarningAcknowledged", "WarningResponseRecorded" -> e.time("receivedAt");
            case "WarningSent" -> e.time("sentAt");
            case "WarningDelivered" -> e.time("deliveredAt");
            case "IncidentRecorded" -> e.time("occurredAt");
            case "AlertPublished" -> e.time("sent");
            case "ClaimRecorded" -> e.time("madeAt");
            default -> null;
        };
    }

    List<Event> events() {
        return events;
    }

    List<Event> ofType(String type) {
        return events.stream().filter(e -> e.type().equals(type)).toList();
    }

    Optional<Event> first(String type) {
        return first(type, e -> true);
    }

    Optional<Event> first(String type, Predicate<Event> test) {
        return events.stream().filter(e -> e.type().equals(type)).filter(test).findFirst();
    }

    List<AfterActionReport.Entry> entries() {
        return events.stream().map(this::entry).toList();
    }

    private AfterActionReport.Entry entry(Event e) {
        String title;
        String detail = null;
        String recipient = e.text("recipientName");
        switch (e.type()) {
            case "ThreatReported" -> {
                title = "Information received: " + e.text("title");
                detail = "Graded " + e.text("grading") + "; " + e.text("classification") + ", " + e.text("tlp")
                        + "; entered in Forewarn " + words.at(e.recordedAt()) + ".";
            }
            case "DeterminationProposed" -> {
                title = "Determination proposed: " + e.text("outcome");
                detail = e.text("rationale");
            }
            case "DeterminationApproved" -> {
                title = "Determination approved: " + e.text("outcome");
                detail = e.text("warnBy") != null ? "Warn by " + words.at(e.time("warnBy")) + "." : e.text("note");
            }
            case "DeterminationRejected" -> {
                title = "Determination rejected: " + e.text("outcome");
                detail = e.text("note");
            }
            case "TearlineChecked" -> {
                boolean clean = Boolean.parseBoolean(e.text("clean"));
                title = "Tearline checked: " + (clean ? "no protected content found" : "protected content found");
                detail = clean ? null : "Found: " + e.text("leakKinds");
            }
            case "WarningDrafted" -> {
                title = "Warning to " + recipient + " drafted";
                detail = "Declared specificity " + e.text("specificity") + "/100. Text: " + e.text("releasableText");
            }
            case "WarningApproved" -> {
                title = "Warning approved";
                detail = e.text("note");
            }
            case "WarningRejected" -> {
                title = "Warning rejected";
                detail = e.text("note");
            }
            case "WarningSent" -> title = "Warning sent to " + recipient + " (" + e.text("channel") + ")";
            case "WarningDelivered" -> {
                title = "Warning delivered to " + recipient;
                detail = e.text("reference");
            }
            case "WarningDeliveryFailed" -> {
                title = "Delivery failed (" + e.text("channel") + ")";
                detail = e.text("reason");
            }
            case "WarningAcknowledged" -> {
                title = "Warning acknowledged";
                detail = e.text("response");
            }
            case "WarningResponseRecorded" -> {
                title = responseTitle(e.text("kind"));
                detail = e.text("text") + (e.text("source") != null ? " (" + e.text("source") + ")" : "");
            }
            case "WarningUnanswered" -> title = "No answer by " + words.at(e.time("acknowledgmentDueAt"));
            case "WarningEscalated" -> {
                title = "Unanswered warning escalated";
                detail = e.text("note");
            }
            case "NdsObligationOpened" -> {
                title = "No-Double-Standard obligation opened";
                detail = "Officials (" + recipient + ") were warned of a threat to the public.";
            }
            case "NdsObligationSatisfied" -> {
                title = "No-Double-Standard obligation satisfied by a public alert";
                detail = "The public was told " + ReviewWords.span(Duration.ofMinutes(
                        Long.parseLong(e.text("minutesOpen")))) + " after officials were warned.";
            }
            case "NdsExceptionGranted" -> {
                title = "No-Double-Standard exception granted";
                detail = e.text("reason");
            }
            case "AlertDrafted" -> title = "Public alert drafted";
            case "AlertSubmittedForRelease" -> title = "Public alert submitted for release";
            case "AlertReleased" -> title = "Public alert released for publication";
            case "AlertReturned" -> {
                title = "Public alert returned to its author";
                detail = e.text("note");
            }
            case "AlertPublished" -> {
                title = switch (String.valueOf(e.text("msgType")).toUpperCase(java.util.Locale.ROOT)) {
                    case "UPDATE" -> "Public alert updated";
                    case "CANCEL" -> "Public alert cancelled";
                    default -> "Public alert published";
                } + " by " + e.text("sender");
                detail = e.text("headline");
            }
            case "AlertFannedOut" -> title = "Public alert sent to " + e.text("people") + " enrolled people ("
                    + e.text("messages") + " messages)";
            case "FanOutCompleted" -> title = "Public alert fan-out completed: " + e.text("delivered") + " delivered, "
                    + e.text("failed") + " failed";
            case "IncidentRecorded" -> {
                title = "Incident" + (e.text("place") != null ? " at " + e.text("place") : "") + toll(e);
                detail = e.text("description");
            }
            case "ThreatClosed" -> {
                title = "Case closed";
                detail = e.text("reason");
            }
            case "FindingRecorded" -> {
                title = ("STRENGTH".equals(e.text("kind")) ? "Strength" : "Area for improvement") + " recorded: "
                        + e.text("title");
                detail = e.text("rootCause") != null ? "Root cause: " + e.text("rootCause") : e.text("observation");
            }
            case "CorrectiveActionPlanned" -> {
                title = "Corrective action planned, owned by " + e.text("pointOfContact") + ", due "
                        + e.text("completionDate");
                detail = e.text("description") + " (" + e.text("responsibleOrganization") + ")";
            }
            case "CorrectiveActionCompleted" -> {
                title = "Corrective action completed";
                detail = e.text("note");
            }
            case "CorrectiveActionCancelled" -> {
                title = "Corrective action cancelled";
                detail = e.text("reason");
            }
            case "StatementOfRecordDrafted" -> title = "Statement of record drafted on warning "
                    + e.text("warningReference");
            case "StatementOfRecordApproved" -> {
                title = "Statement of record approved for release";
                detail = e.text("note");
            }
            case "StatementOfRecordRejected" -> {
                title = "Statement of record rejected";
                detail = e.text("note");
            }
            // The claims ledger (attribution): placed when the claim was made.
            case "ClaimRecorded" -> {
                title = claimKind(e.text("kind")) + " by " + e.text("party")
                        + (e.text("subject") != null ? " (responsible: " + e.text("subject") + ")" : "");
                String statement = "QUOTED".equals(e.text("wording")) ? "\u201C" + e.text("statement") + "\u201D"
                        : e.text("statement");
                detail = statement + " Source: " + e.text("sourceOutlet") + ", graded " + e.text("grading") + ".";
            }
            // Competing hypotheses. The chain holds no text of classified evidence: nor does the timeline.
            case "HypothesisStated" -> {
                title = "Hypothesis " + e.text("label") + " stated";
                detail = e.text("text") + (e.text("subject") != null ? " (responsible: " + e.text("subject") + ")" : "");
            }
            case "EvidenceAdded" -> {
                title = "Evidence " + e.text("label") + " added to the matrix";
                detail = e.text("text") != null ? e.text("text") + " (credibility " + e.text("credibility")
                        + ", relevance " + e.text("relevance") + ")"
                        : "Classified " + e.text("classification") + "; its text is not on the record.";
            }
            case "JudgementRecorded" -> {
                title = "Attribution judgement: " + likelihood(e.text("likelihood"))
                        + (e.text("hypothesis") != null ? " (" + e.text("hypothesis") + ")" : "");
                detail = e.text("statement");
            }
            default -> title = e.type().replaceAll("(?<=[a-z])(?=[A-Z])", " ");
        }
        Instant recordedAt = e.recordedAt().isAfter(e.at().plus(LATE)) ? e.recordedAt() : null;
        return new AfterActionReport.Entry(e.sequence(), e.at(), recordedAt, e.type(), title, detail, e.actor());
    }

    private static String toll(Event e) {
        String dead = e.text("dead");
        String injured = e.text("injured");
        if (dead == null && injured == null) {
            return "";
        }
        return " — " + (dead != null ? dead + " dead" : "") + (dead != null && injured != null ? ", " : "")
                + (injured != null ? injured + " injured" : "");
    }

    /** A likelihood in ICD 203's words, from its name on the chain. */
    private static String likelihood(String name) {
        return java.util.Arrays.stream(Likelihood.values()).filter(l -> l.name().equals(name)).findFirst()
                .map(Likelihood::words).orElse(name);
    }

    /** The claim's kind in words, from its name on the chain; a name no longer known reads "Statement". */
    private static String claimKind(String kind) {
        return java.util.Arrays.stream(ClaimKind.values()).filter(k -> k.name().equals(kind)).findFirst()
                .map(ClaimKind::words).orElse("Statement");
    }

    private static String responseTitle(String kind) {
        return switch (String.valueOf(kind)) {
            case "ACKNOWLEDGMENT" -> "Acknowledgment";
            case "ACTION_TAKEN" -> "Action reported";
            case "DISPUTE" -> "Dispute";
            case "REQUEST_FOR_INFORMATION" -> "Request for information";
            default -> "Response";
        };
    }
}
