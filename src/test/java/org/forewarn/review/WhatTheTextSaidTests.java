package org.forewarn.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.forewarn.warning.Facet;
import org.forewarn.warning.FacetStatus;
import org.forewarn.warning.KnownVsShared;
import org.forewarn.warning.KnownVsShared.Flag;
import org.forewarn.warning.KnownVsShared.Row;
import org.junit.jupiter.api.Test;

class WhatTheTextSaidTests {

    private static Row row(Facet facet, boolean inText, String... found) {
        return new Row(facet, "known " + facet, FacetStatus.SHARED, null, inText, List.of(found), Flag.NONE);
    }

    @Test
    void saysWhatTheTextNamedTargetAndTimeFirstAndWhatItLeftOut() {
        KnownVsShared k = new KnownVsShared(UUID.randomUUID(), "text", true, Instant.EPOCH, List.of(
                row(Facet.ACTOR, false), row(Facet.TARGET, true, "Crocus City Hall", "a synagogue in Moscow"),
                row(Facet.PLACE, true, "Moscow"), row(Facet.TIME, true, "in the coming weeks"),
                row(Facet.METHOD, false)), null, null);

        assertThat(WhatTheTextSaid.said(k)).isEqualTo("named Crocus City Hall and a synagogue in Moscow, "
                + "the window (“in the coming weeks”) and the place (Moscow), but not the actor and the method");
    }

    @Test
    void aTextThatNamesOnlyThePlaceSaysSo() {
        KnownVsShared k = new KnownVsShared(UUID.randomUUID(), "text", true, Instant.EPOCH, List.of(
                row(Facet.ACTOR, false), row(Facet.TARGET, false), row(Facet.PLACE, true, "Moscow"),
                row(Facet.TIME, false), row(Facet.METHOD, false)), null, null);

        assertThat(WhatTheTextSaid.said(k)).isEqualTo("named the place (Moscow), but not the target, the "
                + "time, the actor and the method");
    }
}
