/**
 * Getting a warning to its recipient: e-mail through SMTP, a signed webhook, or a liaison
 * hand-over recorded by a person. Attempts are retried with back-off under one idempotency key per
 * (warning, channel), survive restarts, and never deliver a warning twice.
 * Public: {@link org.forewarn.delivery.Deliveries}, its commands and views, and the
 * {@link org.forewarn.delivery.DeliverySucceeded} / {@link org.forewarn.delivery.DeliveryFailed} events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Delivery")
package org.forewarn.delivery;
