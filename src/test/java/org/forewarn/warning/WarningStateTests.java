package org.forewarn.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.warning.NextAction.ACKNOWLEDGE;
import static org.forewarn.warning.NextAction.APPROVE;
import static org.forewarn.warning.NextAction.ESCALATE;
import static org.forewarn.warning.NextAction.RECORD_RESPONSE;
import static org.forewarn.warning.NextAction.REJECT;
import static org.forewarn.warning.NextAction.SEND;

import org.junit.jupiter.api.Test;

class WarningStateTests {

    @Test
    void followsTheDocumentedArrows() {
        assertThat(WarningState.DRAFT.next()).containsExactlyInAnyOrder(WarningState.APPROVED, WarningState.REJECTED,
                WarningState.SENT);
        assertThat(WarningState.APPROVED.next()).containsExactly(WarningState.SENT);
        assertThat(WarningState.SENT.next()).containsExactlyInAnyOrder(WarningState.DELIVERED, WarningState.FAILED);
        assertThat(WarningState.FAILED.next()).containsExactly(WarningState.SENT);
        assertThat(WarningState.DELIVERED.next()).containsExactlyInAnyOrder(WarningState.ACKNOWLEDGED,
                WarningState.NO_RESPONSE);
        assertThat(WarningState.NO_RESPONSE.next()).containsExactlyInAnyOrder(WarningState.ESCALATED,
                WarningState.ACKNOWLEDGED);
        assertThat(WarningState.ESCALATED.next()).containsExactly(WarningState.ACKNOWLEDGED);
    }

    @Test
    void acknowledgedAndRejectedAreFinal() {
        assertThat(WarningState.ACKNOWLEDGED.next()).isEmpty();
        assertThat(WarningState.REJECTED.next()).isEmpty();
    }

    @Test
    void nothingIsDeliveredTwice() {
        assertThat(java.util.Arrays.stream(WarningState.values()).filter(WarningState::delivered))
                .as("the states of a delivered warning").containsExactlyInAnyOrder(WarningState.DELIVERED,
                        WarningState.ACKNOWLEDGED, WarningState.NO_RESPONSE, WarningState.ESCALATED);
        for (WarningState state : WarningState.values()) {
            if (state.delivered()) {
                assertThat(state.canMoveTo(WarningState.SENT)).as(state.name()).isFalse();
                assertThat(state.canMoveTo(WarningState.DELIVERED)).as(state.name()).isFalse();
            }
        }
    }

    @Test
    void peopleAreOfferedTheMovesTheTableAllowsAndAnswersOnceDelivered() {
        assertThat(WarningState.DRAFT.actions()).containsExactly(APPROVE, REJECT, SEND);
        assertThat(WarningState.APPROVED.actions()).containsExactly(SEND);
        assertThat(WarningState.SENT.actions()).isEmpty();
        assertThat(WarningState.FAILED.actions()).containsExactly(SEND);
        assertThat(WarningState.DELIVERED.actions()).containsExactly(ACKNOWLEDGE, RECORD_RESPONSE);
        assertThat(WarningState.NO_RESPONSE.actions()).containsExactly(ESCALATE, ACKNOWLEDGE, RECORD_RESPONSE);
        assertThat(WarningState.ESCALATED.actions()).containsExactly(ACKNOWLEDGE, RECORD_RESPONSE);
        assertThat(WarningState.ACKNOWLEDGED.actions()).containsExactly(RECORD_RESPONSE);
        assertThat(WarningState.REJECTED.actions()).isEmpty();
    }

    @Test
    void noActionIsOfferedThatTheTableWouldRefuse() {
        for (WarningState state : WarningState.values()) {
            for (NextAction action : state.actions()) {
                if (action.target() != null) {
                    assertThat(state.canMoveTo(action.target())).as(state + " offers " + action).isTrue();
                }
            }
        }
    }
}
