package org.forewarn.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an elevated access grant stands. Only a pending grant moves, and only once:
 * <pre>
 * PENDING ─second ADMIN confirms→ CONFIRMED
 *    ├─an ADMIN rejects→ REJECTED
 *    └─a newer request for the account→ SUPERSEDED
 * </pre>
 */
public enum GrantStatus {
    PENDING, CONFIRMED, REJECTED, SUPERSEDED;

    Set<GrantStatus> next() {
        return this == PENDING ? EnumSet.of(CONFIRMED, REJECTED, SUPERSEDED) : EnumSet.noneOf(GrantStatus.class);
    }

    boolean canMoveTo(GrantStatus target) {
        return next().contains(target);
    }
}
