package org.forewarn.delivery;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/** One try at delivering, with what came of it. */
@Table("delivery_attempts")
record DeliveryAttempt(Instant startedAt, Instant finishedAt, String outcome, String detail) {
}
