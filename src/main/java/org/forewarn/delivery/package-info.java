/**
 * The delivery engine: the one way a message leaves Forewarn. One {@link org.forewarn.delivery.DeliveryChannel}
 * per channel (e-mail through SMTP, a signed webhook, SMS through an HTTP gateway), each throttled,
 * with one idempotency-key scheme ({@link org.forewarn.delivery.IdempotencyKeys}), one signature
 * ({@link org.forewarn.delivery.WebhookSignature}) and one reading of outcomes
 * ({@link org.forewarn.delivery.Outcome}). Warnings are its one-at-a-time client (this module's
 * worker: retried with back-off under one key per warning and channel, surviving restarts, never
 * delivered twice; a liaison hand-over is recorded by a person); fan-outs are its batch client.
 * Public: {@link org.forewarn.delivery.Deliveries}, {@link org.forewarn.delivery.DeliveryEngine}, the
 * channel SPI, their commands and views, the {@link org.forewarn.delivery.DeliverySucceeded} /
 * {@link org.forewarn.delivery.DeliveryFailed} events, and {@link org.forewarn.delivery.DeliveryMetrics}
 * (the one count of messages sent, which fan-outs add theirs to).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Delivery")
package org.forewarn.delivery;
