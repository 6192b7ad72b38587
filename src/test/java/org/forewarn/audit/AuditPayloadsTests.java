package org.forewarn.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditPayloadsTests {

    @Test
    void reasonsForWithholdingWrittenByAnEarlierVersionAreLeftOutOfEveryView() {
        String stored = "{\"facets\":{\"method\":\"WITHHELD\",\"withheldReasons\":{\"method\":\"would burn KESTREL\"}},"
                + "\"releasableText\":\"Attack planned\"}";

        AuditPayloads.Shown shown = AuditPayloads.forReaders(stored);

        assertThat(shown.redacted()).isTrue();
        assertThat(CanonicalJson.write(shown.payload()))
                .isEqualTo("{\"facets\":{\"method\":\"WITHHELD\"},\"releasableText\":\"Attack planned\"}");
    }

    @Test
    void payloadsWithoutReasonsAreShownAsStored() {
        String stored = "{\"facets\":{\"method\":\"WITHHELD\"},\"list\":[{\"a\":1}],\"withheldReasons\":{}}";

        AuditPayloads.Shown shown = AuditPayloads.forReaders(stored);

        assertThat(shown.redacted()).isFalse();
        assertThat(CanonicalJson.write(shown.payload())).isEqualTo("{\"facets\":{\"method\":\"WITHHELD\"},\"list\":[{\"a\":1}]}");
    }
}
