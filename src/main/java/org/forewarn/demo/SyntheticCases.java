package org.forewarn.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.forewarn.assessment.Assessments;
import org.forewarn.assessment.DecideDetermination;
import org.forewarn.assessment.Decision;
import org.forewarn.assessment.ProposeDetermination;
import org.forewarn.identity.ActingAs;
import org.forewarn.recipient.AddRecipient;
import org.forewarn.recipient.Channel;
import org.forewarn.recipient.ConfirmRelationship;
import org.forewarn.recipient.RecipientView;
import org.forewarn.recipient.Recipients;
import org.forewarn.shared.ChannelType;
import org.forewarn.shared.ScenarioClock;
import org.forewarn.threat.CloseThreat;
import org.forewarn.threat.ThreatFilter;
import org.forewarn.threat.Threats;
import org.forewarn.warning.AcknowledgeWarning;
import org.forewarn.warning.DecideWarning;
import org.forewarn.warning.DraftWarning;
import org.forewarn.warning.FacetStatus;
import org.forewarn.warning.Facets;
import org.forewarn.warning.SendWarning;
import org.forewarn.warning.Warnings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scaled demo ({@code --demo-scale=N}): N synthetic cases beside Crocus, for trying the lists,
 * search and redaction at the size a busy office reaches in years. Each case is replayed through
 * the same services as the API, each step as the demo user who would take it and at the time it
 * happened (so every step is on the audit chain), {@value #BATCH} cases per transaction.
 * Only the missing cases are added: the ones there are counted by the marker in their titles, and
 * case n is always the same case ({@link SyntheticCase}), so a larger N grows the same data set.
 */
@Component
class SyntheticCases {

    static final int BATCH = 200;
    private static final int PROGRESS_EVERY = 5_000;
    private static final Logger log = LoggerFactory.getLogger(SyntheticCases.class);

    private final Threats threats;
    private final Assessments assessments;
    private final Recipients recipients;
    private final Warnings warnings;
    private final ActingAs actingAs;
    private final ScenarioClock clock;
    private final TransactionTemplate tx;

    SyntheticCases(Threats threats, Assessments assessments, Recipients recipients, Warnings warnings,
            ActingAs actingAs, ScenarioClock clock, TransactionTemplate tx) {
        this.threats = threats;
        this.assessments = assessments;
        this.recipients = recipients;
        this.warnings = warnings;
        this.actingAs = actingAs;
        this.clock = clock;
        this.tx = tx;
    }

    /** What a load did, for the log and the start-up message. */
    record Loaded(long before, long added, Duration took) {

        double perSecond() {
            return took.isZero() ? 0 : added * 1000.0 / Math.max(1, took.toMillis());
        }
    }

    /** How many synthetic cases there are: one indexed search, not a read of every case. */
    long count() {
        return threats.countExactly(new ThreatFilter("\"" + SyntheticCase.MARKER + "\"", null, null));
    }

    /** Adds the synthetic cases up to {@code wanted}, if fewer are there. */
    Loaded load(int wanted) {
        long started = System.nanoTime();
        long before = count();
        if (before >= wanted) {
            return new Loaded(before, 0, Duration.ZERO);
        }
        Instant today = clock.wallClockInstant().truncatedTo(ChronoUnit.DAYS);
        List<UUID> to = tx.execute(status -> recipients(today.minus(SyntheticCase.SPAN).minus(Duration.ofDays(2))));
        log.info("Loading synthetic cases {} to {} ({} per transaction)", before + 1, wanted, BATCH);
        long loaded = before;
        while (loaded < wanted) {
            int first = (int) loaded + 1;
            int last = (int) Math.min(wanted, loaded + BATCH);
            List<SyntheticCase> batch = IntStream.rangeClosed(first, last)
                    .mapToObj(number -> SyntheticCase.generate(number, today)).toList();
            tx.executeWithoutResult(status -> replay(batch, to));
            long done = last - before;
            if (last / PROGRESS_EVERY != (loaded) / PROGRESS_EVERY || last == wanted) {
                double seconds = (System.nanoTime() - started) / 1e9;
                log.info("Synthetic cases: {} of {} ({} added in {} s, {} cases/s)", last, wanted, done,
                        Math.round(seconds), Math.round(done / seconds));
            }
            loaded = last;
        }
        return new Loaded(before, wanted - before, Duration.ofNanos(System.nanoTime() - started));
    }

    /** One case being replayed: what it is, and what the services have made of it so far. */
    private static final class Replay {
        final SyntheticCase c;
        UUID threat;
        UUID determination;
        UUID warning;

        Replay(SyntheticCase c) {
            this.c = c;
        }
    }

    /**
     * Replays a batch step by step: every case's first step, then every case's next, and so on, so
     * that each demo user signs in once per step of the batch rather than once per step of each case.
     */
    private void replay(List<SyntheticCase> batch, List<UUID> to) {
        List<Replay> cases = batch.stream().map(Replay::new).toList();
        as("analyst", cases, r -> {
            r.threat = clock.at(r.c.report().receivedAt().plus(Duration.ofMinutes(10)),
                    () -> threats.report(r.c.report())).id();
            SyntheticCase.Assessment a = r.c.determination();
            if (a != null) {
                r.determination = clock.at(r.c.proposedAt(), () -> assessments.propose(r.threat,
                        new ProposeDetermination(a.outcome(), a.credible(), a.specific(), a.rationale(), a.waiver())))
                        .id();
            }
        });
        as("approver", cases, r -> {
            SyntheticCase.Assessment a = r.c.determination();
            if (a != null && a.decidedAt() != null) {
                clock.at(a.decidedAt(), () -> assessments.decide(r.determination,
                        new DecideDetermination(Decision.APPROVE, null)));
            }
        });
        List<Replay> warned = cases.stream().filter(r -> r.c.warning() != null).toList();
        as("analyst", warned, r -> r.warning = clock.at(r.c.warning().draftedAt(),
                () -> warnings.draft(r.threat, draft(r.c.warning(), to))).id());
        as("approver", warned, r -> {
            if (r.c.warning().rejectedAt() != null) {
                clock.at(r.c.warning().rejectedAt(), () -> warnings.decide(r.warning, new DecideWarning(
                        DecideWarning.Decision.REJECT, "Too specific about when we learned of it; say less.")));
            }
        });
        as("analyst", warned, r -> {
            if (r.c.warning().redraftedAt() != null) {
                r.warning = clock.at(r.c.warning().redraftedAt(),
                        () -> warnings.draft(r.threat, draft(r.c.warning(), to))).id();
            }
        });
        // A rejected warning that was not drafted again goes no further.
        List<Replay> onward = warned.stream()
                .filter(r -> r.c.warning().rejectedAt() == null || r.c.warning().redraftedAt() != null).toList();
        as("approver", onward, r -> {
            if (r.c.warning().approvedAt() != null) {
                clock.at(r.c.warning().approvedAt(), () -> warnings.decide(r.warning, new DecideWarning(
                        DecideWarning.Decision.APPROVE, null)));
            }
        });
        as("liaison", onward, r -> {
            SyntheticCase.Warning w = r.c.warning();
            if (w.sentAt() != null) {
                clock.at(w.sentAt(), () -> warnings.send(r.warning, new SendWarning("liaison",
                        "Handed over in person to the recipient's contact.", w.sentAt())));
            }
            if (w.acknowledgedAt() != null) {
                clock.at(w.acknowledgedAt(), () -> warnings.acknowledge(r.warning, new AcknowledgeWarning(
                        w.acknowledgedAt(), "Received; protective measures are in place.")));
            }
        });
        as("analyst", cases, r -> {
            if (r.c.closedAt() != null) {
                clock.at(r.c.closedAt(), () -> threats.close(r.threat, new CloseThreat(r.c.warning() != null
                        ? "Warned and acknowledged; nothing further to do." : "No further action needed.")));
            }
        });
    }

    private static DraftWarning draft(SyntheticCase.Warning w, List<UUID> to) {
        String method = "Describing the method would point to how the information was obtained.";
        return new DraftWarning(to.get(w.recipient()), ChannelType.LIAISON, w.text(), new Facets(
                w.actorShared() ? FacetStatus.SHARED : FacetStatus.WITHHELD, FacetStatus.SHARED, FacetStatus.SHARED,
                FacetStatus.SHARED, FacetStatus.WITHHELD, w.actorShared() ? Map.of("method", method)
                : Map.of("method", method, "actor", "Naming the group would point to the source.")), null);
    }

    private void as(String who, List<Replay> cases, Consumer<Replay> step) {
        if (!cases.isEmpty()) {
            actingAs.as(who, () -> {
                cases.forEach(step);
                return null;
            });
        }
    }

    /** The synthetic recipients, added (and confirmed by an approver) the first time, before every case. */
    private List<UUID> recipients(Instant at) {
        List<UUID> ids = new ArrayList<>();
        for (SyntheticRecipients.Spec spec : SyntheticRecipients.ALL) {
            RecipientView recipient = recipients.findByName(spec.name()).orElseGet(() -> step(at, "analyst",
                    () -> recipients.add(new AddRecipient(spec.name(), spec.kind(), spec.country(), spec.relationship(),
                            List.of(new Channel(ChannelType.LIAISON, "Through the liaison officer, by hand", null)),
                            "Synthetic recipient of the scaled demo."))));
            if (!recipient.relationshipConfirmed()) {
                step(at.plus(Duration.ofHours(1)), "approver", () -> recipients.confirmRelationship(recipient.id(),
                        new ConfirmRelationship(recipient.relationship())));
            }
            ids.add(recipient.id());
        }
        return ids;
    }

    private <T> T step(Instant at, String who, Supplier<T> work) {
        return clock.at(at, () -> actingAs.as(who, work));
    }
}
