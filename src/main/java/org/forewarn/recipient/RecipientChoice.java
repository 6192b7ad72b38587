package org.forewarn.recipient;

import java.util.UUID;

/** A recipient as a pick list offers it. */
public record RecipientChoice(UUID id, String name, Relationship relationship) {
}
