package org.forewarn.warning;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.forewarn.delivery.DeliveryView;
import org.forewarn.recipient.ChannelType;
import org.forewarn.recipient.Relationship;

/**
 * A warning as shown, with what can be done to it next ({@code nextActions}) and its delivery
 * attempts.
 *
 * @param withheldReasonsRedacted true when the reader is not cleared for the case and the reasons
 *                                for withholding facets were left out ({@code facets.withheldReasons} is empty)
 * @param approvalRequired        whether an approver must sign it off before it is sent: as drafted,
 *                                or because its recipient's relationship is (now) unconfirmed
 * @param sentRecordedAt          when the send or hand-over was recorded; later than {@code sentAt}
 *                                when a hand-over was recorded after the fact
 */
public record WarningView(UUID id, String reference, UUID threatId, UUID recipientId, String recipientName,
                          Relationship recipientRelationship, ChannelType channel, String channelAddress,
                          String releasableText, Facets facets, boolean withheldReasonsRedacted,
                          Specificity specificity, WarningState state,
                          boolean approvalRequired, String draftedBy, Instant draftedAt, String approvedBy,
                          Instant approvedAt, String approvalNote, String sentBy, Instant sentAt, Instant sentRecordedAt, Instant deliveredAt,
                          String deliveredBy, String deliveryReference, String handoverNote,
                          Instant acknowledgmentDueAt, Instant acknowledgedAt, String acknowledgedBy, String response,
                          List<WarningResponse> responses, String failureReason, Instant noResponseAt,
                          Instant escalatedAt, String escalatedBy, String escalationNote, String idempotencyKey,
                          List<DeliveryView> deliveries, boolean receiptAvailable, List<NextAction> nextActions) {

    /** Whether a person can do this next, e.g. {@code offers('SEND')} in a console template. */
    public boolean offers(NextAction action) {
        return nextActions.contains(action);
    }
}
