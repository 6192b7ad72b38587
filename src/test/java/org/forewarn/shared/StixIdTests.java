package org.forewarn.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class StixIdTests {

    @Test
    void aVersion5UuidMatchesTheRfcExample() {
        // RFC 9562 appendix A.4: "www.example.com" in the DNS namespace
        UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        assertThat(StixId.uuid5(dns, "www.example.com")).hasToString("2ed6657d-e927-568b-95e1-2665a8aea6a2");
    }

    @Test
    void theSameNameGivesTheSameIdAndAnotherNameAnother() {
        String id = StixId.of("campaign", "case:1");
        assertThat(id).startsWith("campaign--").isEqualTo(StixId.of("campaign", "case:1"));
        assertThat(id).isNotEqualTo(StixId.of("campaign", "case:2")).isNotEqualTo(StixId.of("report", "case:1"));
        assertThat(UUID.fromString(id.substring("campaign--".length())).version()).isEqualTo(5);
    }
}
