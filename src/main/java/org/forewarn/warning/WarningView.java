package org.forewarn.warning;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.forewarn.delivery.DeliveryView;
import org.forewarn.shared.ChannelType;
import org.forewarn.recipient.Relationship;

/**
 * A warning as shown: to whom, what it says, where it stands, its record step by step, its delivery
 * attempts and what can be done to it next. Each part is built from the warning by its own
 * {@code of}; in JSON the parts are unwrapped into one flat object, members without a value left out.
 *
 * @param approvalRequired whether an approver must sign it off before it is sent: as drafted, or
 *                         because its recipient's relationship is (now) unconfirmed
 */
public record WarningView(UUID id, String reference, UUID threatId,
                          @JsonUnwrapped Addressee to,
                          @JsonUnwrapped Content content,
                          WarningState state, boolean approvalRequired,
                          @JsonUnwrapped Drafted drafted,
                          @JsonUnwrapped Decided decided,
                          @JsonUnwrapped Sent sent,
                          @JsonUnwrapped Delivered delivered,
                          @JsonUnwrapped Answers answers,
                          @JsonUnwrapped FollowUp followUp,
                          @JsonUnwrapped DeliveryRecord deliveryRecord,
                          List<NextAction> nextActions) {

    /** Whether a person can do this next, e.g. {@code offers('SEND')} in a console template. */
    public boolean offers(NextAction action) {
        return nextActions.contains(action);
    }

    /** Who it goes to, and over which channel. */
    public record Addressee(UUID recipientId, String recipientName, Relationship recipientRelationship,
                            ChannelType channel, String channelAddress) {

        static Addressee of(Warning w) {
            return new Addressee(w.recipientId(), w.recipientName(), w.recipientRelationship(), w.channelType(),
                    w.channelAddress());
        }
    }

    /**
     * What it says, and how specific that is.
     *
     * @param withheldReasonsRedacted true when the reader is not cleared for the case and the reasons
     *                                for withholding facets were left out ({@code facets.withheldReasons} is empty)
     */
    public record Content(String releasableText, Facets facets, boolean withheldReasonsRedacted,
                          Specificity specificity) {

        /** @param cleared whether the reader is cleared for the case: only they see why facets are withheld */
        static Content of(Warning w, boolean cleared) {
            return new Content(w.releasableText(), cleared ? w.facets() : w.facets().withoutReasons(),
                    !cleared && !w.facets().withheldReasons().isEmpty(), SpecificityScore.of(w.facets()));
        }
    }

    public record Drafted(String draftedBy, Instant draftedAt) {

        static Drafted of(Warning w) {
            return new Drafted(w.draftedBy(), w.draftedAt());
        }
    }

    /** An approver's decision: who decided, when and why, whether they approved or rejected. */
    public record Decided(String approvedBy, Instant approvedAt, String approvalNote) {

        static Decided of(Warning w) {
            return new Decided(w.approvedBy(), w.approvedAt(), w.approvalNote());
        }
    }

    /**
     * @param sentRecordedAt when the send or hand-over was recorded; later than {@code sentAt} when a
     *                       hand-over was recorded after the fact
     */
    public record Sent(String sentBy, Instant sentAt, Instant sentRecordedAt) {

        static Sent of(Warning w) {
            return new Sent(w.sentBy(), w.sentAt(), w.sentRecordedAt());
        }
    }

    /**
     * @param deliveryReference what the channel answered on delivery (for a liaison hand-over, none)
     * @param handoverNote      what the liaison officer noted on handing it over
     */
    public record Delivered(Instant deliveredAt, String deliveredBy, String deliveryReference, String handoverNote) {

        static Delivered of(Warning w) {
            return new Delivered(w.deliveredAt(), w.deliveredBy(), w.deliveryReference(), w.handoverNote());
        }
    }

    /**
     * What came back.
     *
     * @param response  what the recipient said on acknowledging it
     * @param responses every answer, the acknowledgment included, in the order they were recorded
     */
    public record Answers(Instant acknowledgmentDueAt, Instant acknowledgedAt, String acknowledgedBy, String response,
                          List<WarningResponse> responses) {

        static Answers of(Warning w) {
            return new Answers(w.acknowledgmentDueAt(), w.acknowledgedAt(), w.acknowledgedBy(), w.responseText(),
                    w.responses());
        }
    }

    /** When delivery failed or no answer came in time: why, and what was done about it. */
    public record FollowUp(String failureReason, Instant noResponseAt, Instant escalatedAt, String escalatedBy,
                           String escalationNote) {

        static FollowUp of(Warning w) {
            return new FollowUp(w.failureReason(), w.noResponseAt(), w.escalatedAt(), w.escalatedBy(),
                    w.escalationNote());
        }
    }

    /**
     * @param idempotencyKey   the key every delivery attempt of this warning carries
     * @param deliveries       the delivery engine's attempts
     * @param receiptAvailable whether a signed receipt of what was delivered exists
     */
    public record DeliveryRecord(String idempotencyKey, List<DeliveryView> deliveries, boolean receiptAvailable) {
    }
}
