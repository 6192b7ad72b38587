package org.forewarn.review;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.forewarn.nds.NdsStatus;
import org.forewarn.nds.NdsView;
import org.forewarn.review.AfterActionReport.Deadline;
import org.forewarn.review.AfterActionReport.Finding;
import org.forewarn.review.ChainTimeline.Event;
import org.forewarn.warning.KnownVsShared;
import org.forewarn.warning.ResponseKind;
import org.forewarn.warning.Specificity;
import org.forewarn.warning.WarningView;

/**
 * The findings a case's record leads to by rule, each a strength or an area for improvement with a
 * stable key an analyst's finding may refer to: the warning deadline met or missed, the lead time
 * before an incident, how long the public waited (against {@code forewarn.review.public-alert-within}),
 * a text that disagrees with its declared facets or is too general, a dispute the receipt answers,
 * a receipt or an audit chain that does not verify.
 */
final class FindingRules {

    private FindingRules() {
    }

    static List<Finding> draw(ChainTimeline chain, List<WarningView> sent, Map<UUID, KnownVsShared> read,
            Optional<NdsView> nds, List<Deadline> deadlines, List<AfterActionReport.ReceiptProof> proofs,
            AfterActionReport.Chain chainCheck, ReviewWords words, Duration publicAlertWithin) {
        List<Finding> findings = new ArrayList<>();
        deadlines.stream().filter(d -> d.name().equals("Warning deadline")).findFirst().ifPresent(d -> {
            switch (d.status()) {
                case MET -> findings.add(new Finding("deadline.met", FindingKind.STRENGTH,
                        "Warned " + ReviewWords.span(d.margin()) + " before the deadline", d.sentence()));
                case MISSED -> findings.add(new Finding("deadline.missed", FindingKind.AREA_FOR_IMPROVEMENT,
                        "Deadline missed by " + ReviewWords.span(d.margin()), d.sentence()));
                case MISSED_OPEN -> findings.add(new Finding("deadline.missed", FindingKind.AREA_FOR_IMPROVEMENT,
                        "Deadline missed by " + ReviewWords.span(d.margin()) + " and no warning delivered yet",
                        d.sentence()));
                case OPEN -> {
                }
            }
        });
        Optional<Instant> delivered = chain.first("WarningDelivered").map(Event::at);
        Optional<Instant> incident = chain.first("IncidentRecorded").map(Event::at);
        if (delivered.isPresent() && incident.isPresent() && delivered.get().isBefore(incident.get())) {
            Duration lead = Duration.between(delivered.get(), incident.get());
            findings.add(new Finding("lead-time", FindingKind.STRENGTH, "Warned " + ReviewWords.span(lead)
                    + " before the incident", "The first warning was delivered " + words.at(delivered.get())
                    + "; the incident happened " + words.at(incident.get()) + ". The recipient had "
                    + ReviewWords.span(lead) + " to act."));
        } else if (incident.isPresent() && delivered.isEmpty()) {
            findings.add(new Finding("lead-time", FindingKind.AREA_FOR_IMPROVEMENT,
                    "No warning was delivered before the incident", "The incident happened "
                    + words.at(incident.get()) + " and no warning had been delivered."));
        }
        nds.ifPresent(o -> {
            if (o.status() == NdsStatus.SATISFIED_BY_ALERT) {
                Duration took = Duration.between(o.openedAt(), o.satisfiedAt());
                boolean late = took.compareTo(publicAlertWithin) > 0;
                findings.add(new Finding("nds.delay", late ? FindingKind.AREA_FOR_IMPROVEMENT : FindingKind.STRENGTH,
                        "Public alert " + ReviewWords.span(took) + " after officials were warned",
                        "Officials (" + o.recipientName() + ") were warned " + words.at(o.openedAt())
                                + "; the public alert was published " + words.at(o.satisfiedAt()) + ". "
                                + (late ? "That is later than the " + ReviewWords.span(publicAlertWithin)
                                + " the service aims for." : "Within the " + ReviewWords.span(
                                publicAlertWithin) + " the service aims for.")));
            } else if (o.status() == NdsStatus.OPEN) {
                findings.add(new Finding("nds.open", FindingKind.AREA_FOR_IMPROVEMENT,
                        "The public has not been told", "Officials (" + o.recipientName() + ") were warned "
                        + words.at(o.openedAt()) + " of a threat to the public; no public alert and no exception since."));
            }
        });
        for (WarningView w : sent) {
            KnownVsShared k = read.get(w.id());
            for (KnownVsShared.Row row : k.rows()) {
                if (row.flag() == KnownVsShared.Flag.DECLARED_SHARED_BUT_ABSENT) {
                    findings.add(new Finding("text.absent." + row.facet().field() + "." + w.reference(),
                            FindingKind.AREA_FOR_IMPROVEMENT, "The warning to " + w.to().recipientName()
                            + " did not say the " + row.facet().field() + " it declared shared",
                            "Declared SHARED, but the " + (k.fromReceipt() ? "delivered" : "drafted")
                                    + " text does not contain the " + row.facet().field() + " (" + row.known()
                                    + "). Specificity declared " + k.declared().score() + "/100, in the text "
                                    + k.inText().score() + "/100."));
                } else if (row.flag() == KnownVsShared.Flag.DECLARED_WITHHELD_BUT_PRESENT) {
                    findings.add(new Finding("text.present." + row.facet().field() + "." + w.reference(),
                            FindingKind.AREA_FOR_IMPROVEMENT, "The warning to " + w.to().recipientName()
                            + " said the " + row.facet().field() + " it declared withheld",
                            "Declared WITHHELD, but the text contains " + ReviewWords.quoted(row.foundInText())
                                    + ". Whatever was withheld for was not protected."));
                }
            }
            boolean disputed = w.answers().responses().stream().anyMatch(r -> r.kind() == ResponseKind.DISPUTE);
            if (k.fromReceipt() && k.inText().level() == Specificity.Level.LOW) {
                findings.add(new Finding("specificity.low." + w.reference(), FindingKind.AREA_FOR_IMPROVEMENT,
                        "The warning to " + w.to().recipientName() + " was too general to act on",
                        "Read from the delivered text, its specificity is " + k.inText().score() + "/100: "
                                + k.inText().explanation()));
            } else if (disputed && k.fromReceipt()) {
                findings.add(new Finding("dispute.answered." + w.reference(), FindingKind.STRENGTH,
                        "The record answers the dispute of the warning to " + w.to().recipientName(),
                        "The signed receipt proves the delivered text " + WhatTheTextSaid.said(k) + " (specificity "
                                + k.inText().score() + "/100 read from the text)."));
            }
        }
        for (AfterActionReport.ReceiptProof p : proofs) {
            if (!p.signatureValid() || !p.textMatchesChain()) {
                findings.add(new Finding("receipt.invalid." + p.reference(), FindingKind.AREA_FOR_IMPROVEMENT,
                        "The receipt for the warning to " + p.recipient() + " does not prove what was delivered",
                        p.sentence()));
            }
        }
        if (!chainCheck.valid()) {
            findings.add(new Finding("audit-chain.invalid", FindingKind.AREA_FOR_IMPROVEMENT,
                    "The audit chain does not verify", chainCheck.sentence()));
        }
        return findings;
    }
}
