package org.forewarn.taxii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.forewarn.identity.Actor;
import org.forewarn.identity.Clearance;
import org.forewarn.identity.Role;
import org.junit.jupiter.api.Test;

/** Who sees, reads and writes which collection. */
class CollectionAccessTests {

    private final UUID mine = UUID.randomUUID();
    private final TaxiiCollection warnings = collection(mine, CollectionKind.WARNINGS_TO_PARTNER);
    private final TaxiiCollection reporting = collection(mine, CollectionKind.REPORTING_FROM_PARTNER);
    private final TaxiiCollection someoneElses = collection(UUID.randomUUID(), CollectionKind.REPORTING_FROM_PARTNER);

    private static TaxiiCollection collection(UUID recipient, CollectionKind kind) {
        return new TaxiiCollection(UUID.randomUUID(), recipient, kind, kind.name(), null, kind.partnerCanRead(),
                kind.partnerCanWrite());
    }

    private static CollectionAccess as(Role role, UUID recipient) {
        return new CollectionAccess(new Actor(UUID.randomUUID(), "someone", Set.of(role), Clearance.SECRET, Set.of()),
                recipient);
    }

    @Test
    void aPartnerReadsItsOwnCollectionsAndWritesOnlyItsReporting() {
        CollectionAccess partner = as(Role.PARTNER, mine);

        assertThat(partner.reads(warnings)).isTrue();
        assertThat(partner.writes(warnings)).isFalse();
        assertThat(partner.reads(reporting)).isTrue();
        assertThat(partner.writes(reporting)).isTrue();
        assertThat(partner.sees(someoneElses)).isFalse();
        assertThat(partner.reads(someoneElses)).isFalse();
        assertThat(partner.writes(someoneElses)).isFalse();
    }

    @Test
    void analystsAndAuditorsOverseeEveryCollectionAndWriteNone() {
        for (Role role : Set.of(Role.ANALYST, Role.AUDITOR)) {
            CollectionAccess staff = as(role, null);
            assertThat(staff.reads(someoneElses)).as(role.name()).isTrue();
            assertThat(staff.reads(warnings)).as(role.name()).isTrue();
            assertThat(staff.writes(reporting)).as(role.name()).isFalse();
            assertThat(staff.writes(warnings)).as(role.name()).isFalse();
        }
        for (Role role : Set.of(Role.APPROVER, Role.LIAISON, Role.CONSULAR, Role.ADMIN)) {
            assertThat(as(role, null).sees(warnings)).as(role.name()).isFalse();
        }
    }
}
