/**
 * Fan-out: every published alert reaches every enrolled person in its area, exactly once per
 * channel, whatever crashes. Matching runs in PostgreSQL (index prefilter) and JTS (exact test);
 * sending is a batch client of the delivery engine ({@link org.forewarn.delivery.DeliveryEngine}),
 * in leased chunks any worker or node can take over.
 * Public: {@link org.forewarn.fanout.FanOuts} with {@link org.forewarn.fanout.FanOutProgressStream}
 * (the one poller behind every progress stream) and the types they use.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Fan-out")
package org.forewarn.fanout;
