package org.forewarn.taxii;

import java.util.UUID;

/** A recipient's collection, as the rest of Forewarn sees it. */
public record TaxiiCollection(UUID id, UUID recipientId, CollectionKind kind, String title, String description,
                              boolean partnerCanRead, boolean partnerCanWrite) {
}
