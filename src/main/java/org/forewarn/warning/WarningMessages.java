package org.forewarn.warning;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.forewarn.audit.CanonicalJson;
import org.forewarn.delivery.Deliveries;

/** The words and documents that leave the building: message bodies and the receipt payload. */
final class WarningMessages {

    private WarningMessages() {
    }

    static String reference(Warning w) {
        return "W-" + w.id().toString().substring(0, 8).toUpperCase();
    }

    static String subject(Warning w, String organization) {
        return "Duty to warn: threat information from " + organization + " (ref. " + reference(w) + ")";
    }

    static String emailBody(Warning w, String organization) {
        return w.releasableText() + "\n\n--\n"
                + "Reference: " + reference(w) + "\n"
                + "This warning is given under a duty to warn of threats to life. Please acknowledge receipt, "
                + "quoting the reference, and tell us what action you take.\n"
                + organization + "\n";
    }

    static String webhookJson(Warning w, String organization, Instant sentAt) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("type", "forewarn.warning/v1");
        doc.put("warningId", w.id());
        doc.put("reference", reference(w));
        doc.put("from", organization);
        doc.put("recipient", w.recipientName());
        doc.put("text", w.releasableText());
        doc.put("sharedFacets", w.facets().shared().stream().map(Facet::field).toList());
        doc.put("sentAt", sentAt);
        doc.put("acknowledge", "Please acknowledge receipt through your usual channel, quoting " + reference(w) + ".");
        return CanonicalJson.write(doc);
    }

    /** Exactly what was delivered, when and to whom: the content of the signed receipt. */
    static Map<String, Object> receiptPayload(Warning w, String organization) {
        Map<String, Object> recipient = new LinkedHashMap<>();
        recipient.put("id", w.recipientId());
        recipient.put("name", w.recipientName());
        recipient.put("relationship", w.recipientRelationship().name());
        Map<String, Object> channel = new LinkedHashMap<>();
        channel.put("type", w.channelType().name());
        channel.put("address", w.channelAddress());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", "forewarn.warning-receipt/v2");
        payload.put("issuer", organization);
        payload.put("warningId", w.id());
        payload.put("reference", reference(w));
        payload.put("threatId", w.threatId());
        payload.put("recipient", recipient);
        payload.put("channel", channel);
        payload.put("releasableText", w.releasableText());
        // Which facets were shared and which withheld; never why (the reasons describe what is protected).
        payload.put("facets", w.facets().statuses());
        payload.put("specificity", w.specificity());
        payload.put("approvedBy", w.approvedBy());
        payload.put("sentBy", w.sentBy());
        payload.put("sentAt", w.sentAt());
        payload.put("sentRecordedAt", w.sentRecordedAt());
        payload.put("deliveredAt", w.deliveredAt());
        payload.put("deliveredBy", w.deliveredBy());
        payload.put("deliveryReference", w.deliveryReference());
        payload.put("idempotencyKey", Deliveries.idempotencyKey(w.id(), w.channelType()));
        return payload;
    }
}
