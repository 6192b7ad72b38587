package org.forewarn.due;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Arrays;

import org.forewarn.identity.Role;
import org.forewarn.shared.DueKind;
import org.junit.jupiter.api.Test;

class DueKindTests {

    @Test
    void everyKindIsActedOnByARoleThatExists() {
        for (DueKind kind : DueKind.values()) {
            assertThatCode(() -> Role.valueOf(kind.actionRole())).as(kind.name()).doesNotThrowAnyException();
        }
    }

    @Test
    void everyKindHasItsOwnLabel() {
        assertThat(Arrays.stream(DueKind.values()).map(DueKind::label)).doesNotContainNull().doesNotHaveDuplicates()
                .noneMatch(String::isBlank);
    }
}
