package org.forewarn.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressesTests {

    private static ClientAddresses trusting(String... proxies) {
        return new ClientAddresses(new AuthenticationProperties(Duration.ofMinutes(5), List.of(proxies),
                new LoginThrottleProperties(5, 10, 20, 100, Duration.ofSeconds(1), Duration.ofMinutes(1),
                        Duration.ofMinutes(15), Duration.ofMinutes(15))));
    }

    private static MockHttpServletRequest request(String peer, String... forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(peer);
        for (String header : forwardedFor) {
            request.addHeader("X-Forwarded-For", header);
        }
        return request;
    }

    @Test
    void withoutTrustedProxiesTheForwardedHeaderIsIgnored() {
        assertThat(trusting().of(request("198.51.100.7", "10.0.0.1"))).isEqualTo("198.51.100.7");
    }

    @Test
    void aTrustedProxyNamesTheClient() {
        assertThat(trusting("10.0.0.0/8").of(request("10.0.0.2", "203.0.113.9"))).isEqualTo("203.0.113.9");
    }

    @Test
    void onlyTheHopsAddedByTrustedProxiesAreBelieved() {
        // The client wrote "1.2.3.4" itself; 203.0.113.9 is who connected to our proxy.
        ClientAddresses addresses = trusting("10.0.0.0/8");

        assertThat(addresses.of(request("10.0.0.2", "1.2.3.4, 203.0.113.9, 10.0.0.5"))).isEqualTo("203.0.113.9");
        assertThat(addresses.of(request("10.0.0.2", "1.2.3.4", "203.0.113.9"))).isEqualTo("203.0.113.9");
    }

    @Test
    void anUntrustedPeerCannotClaimAnotherAddress() {
        assertThat(trusting("10.0.0.0/8").of(request("198.51.100.7", "203.0.113.9"))).isEqualTo("198.51.100.7");
    }

    @Test
    void garbageInTheHeaderIsNotAnAddress() {
        ClientAddresses addresses = trusting("10.0.0.2");

        assertThat(addresses.of(request("10.0.0.2", "evil.example.com"))).isEqualTo("10.0.0.2");
        assertThat(addresses.of(request("10.0.0.2", "999.1.1.1"))).isEqualTo("10.0.0.2");
        assertThat(ClientAddresses.isLiteral("localhost")).isFalse();
        assertThat(ClientAddresses.isLiteral(".:")).isFalse();
    }

    @Test
    void anIpv6ClientIsCountedByItsSlash64() {
        assertThat(ClientAddresses.throttleKey("2001:db8:1:2:aaaa::1"))
                .isEqualTo(ClientAddresses.throttleKey("2001:db8:1:2:bbbb:cccc:dddd:eeee"))
                .isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientAddresses.throttleKey("2001:db8:1:3::1")).isNotEqualTo("2001:db8:1:2::/64");
        assertThat(ClientAddresses.throttleKey("::ffff:192.0.2.1")).isEqualTo("192.0.2.1");
        assertThat(ClientAddresses.throttleKey("192.0.2.1")).isEqualTo("192.0.2.1");
    }
}
