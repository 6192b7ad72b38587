package org.forewarn.warning;

import java.util.UUID;

import org.forewarn.audit.Receipts;
import org.forewarn.recipient.Recipients;
import org.forewarn.shared.DomainException;
import org.forewarn.shared.ForewarnProperties;
import org.forewarn.threat.Threats;
import org.springframework.stereotype.Component;

/** Reads what of a delivered warning may leave ({@link ReleasableWarning}), for the STIX and MISP mappings. */
@Component
class Releasables {

    private final WarningRecords records;
    private final Warnings warnings;
    private final Threats threats;
    private final Recipients recipients;
    private final Receipts receipts;
    private final String organization;

    Releasables(WarningRecords records, Warnings warnings, Threats threats, Recipients recipients, Receipts receipts,
            ForewarnProperties forewarn) {
        this.records = records;
        this.warnings = warnings;
        this.threats = threats;
        this.recipients = recipients;
        this.receipts = receipts;
        this.organization = forewarn.organization();
    }

    String organization() {
        return organization;
    }

    ReleasableWarning of(UUID warningId) {
        Warning w = records.findById(warningId).orElseThrow(() -> DomainException.notFound("warning", warningId));
        var protectedContent = warnings.protectedContentCheck(w.threatId());
        String delivered = receipts.find(warningId).map(Warnings::receiptText).orElse(w.releasableText());
        return ReleasableWarning.of(w, WarningMessages.subject(w, organization), delivered,
                threats.summary(w.threatId()), threats.grading(w.threatId()),
                recipients.find(w.recipientId()).orElse(null),
                text -> protectedContent.apply(text).isEmpty());
    }
}
