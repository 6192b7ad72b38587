package org.forewarn.recipient;

import org.forewarn.shared.ChannelType;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A channel as shown: never the secret, only whether one is configured. */
public record ChannelView(ChannelType type, String address,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Boolean secretConfigured) {
}
