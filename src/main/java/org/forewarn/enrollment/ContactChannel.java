package org.forewarn.enrollment;

import org.forewarn.shared.ChannelType;

import org.forewarn.shared.Violations;

/** One way to reach an enrolled person: an e-mail address, a phone number (E.164) or a webhook URL. */
public record ContactChannel(ChannelType type, String address) {

    static final int MAX_ADDRESS = 1000;

    public ContactChannel {
        address = address == null ? null : address.strip();
        Violations.check().notNull(type, "type").notBlank(address, "address").maxLength(address, MAX_ADDRESS, "address")
                .orThrow();
        Violations.check().require(type.automatic(), "type", "must be one of " + ChannelType.AUTOMATIC
                + ": a liaison hand-over is not a way to reach an enrolled person").orThrow();
        String problem = type.addressProblem(address);
        if (problem != null) {
            Violations.check().add("address", problem).orThrow();
        }
    }

}
