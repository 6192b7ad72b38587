package org.forewarn.delivery;

import org.forewarn.recipient.ChannelType;

/** A way to get a message to a recipient automatically. One attempt per call; never retries itself. */
interface DeliveryChannel {

    ChannelType type();

    AttemptOutcome attempt(Delivery delivery);
}
