package org.forewarn.identity;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * Who is on the other end of a sign-in: the TCP peer, or, when that peer is one of the configured
 * {@code forewarn.security.trusted-proxies}, the nearest address in {@code X-Forwarded-For} that is
 * not itself a trusted proxy. Anything else in that header is the client's own claim and ignored.
 */
@Component
class ClientAddresses implements AuthenticationDetailsSource<HttpServletRequest, WebAuthenticationDetails> {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    /** Starts with a hex digit or ':' and holds a ':': InetAddress parses it as a literal, never looks it up. */
    private static final Pattern IPV6 = Pattern.compile("(?=.*:)[0-9A-Fa-f:][0-9A-Fa-f:.]{1,44}");

    private final List<IpAddressMatcher> trustedProxies;

    ClientAddresses(AuthenticationProperties properties) {
        this.trustedProxies = properties.trustedProxies().stream().map(String::trim).filter(s -> !s.isEmpty())
                .map(IpAddressMatcher::new).toList();
    }

    @Override
    public WebAuthenticationDetails buildDetails(HttpServletRequest request) {
        var session = request.getSession(false);
        return new WebAuthenticationDetails(of(request), session == null ? null : session.getId());
    }

    String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        if (!trusted(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
            for (String hop : header.split(",")) {
                hops.add(hop.trim());
            }
        }
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!isLiteral(hop)) {
                break;
            }
            client = hop;
            if (!trusted(hop)) {
                break;
            }
        }
        return client;
    }

    private boolean trusted(String address) {
        return isLiteral(address) && trustedProxies.stream().anyMatch(m -> m.matches(address));
    }

    /**
     * The key failed sign-ins from this address are counted under: the address itself, or for IPv6 its
     * /64 network (one subscriber usually holds a whole /64, and would otherwise get 2^64 fresh counters).
     */
    static String throttleKey(String address) {
        String bare = bare(address);
        java.util.regex.Matcher v4 = IPV4.matcher(bare);
        if (v4.matches()) {
            return Integer.parseInt(v4.group(1)) + "." + Integer.parseInt(v4.group(2)) + "."
                    + Integer.parseInt(v4.group(3)) + "." + Integer.parseInt(v4.group(4));
        }
        if (IPV6.matcher(bare).matches()) {
            try {
                InetAddress parsed = InetAddress.getByName(bare);
                if (parsed instanceof Inet6Address) {
                    byte[] bytes = parsed.getAddress();
                    StringBuilder network = new StringBuilder();
                    for (int i = 0; i < 8; i += 2) {
                        network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)))
                                .append(':');
                    }
                    return network.append(":/64").toString();
                }
                return parsed.getHostAddress();
            } catch (UnknownHostException e) {
                // not a valid literal after all: counted under the text itself
            }
        }
        return bare.length() > 64 ? bare.substring(0, 64) : bare;
    }

    /** An IP address literal (checked before parsing, so that parsing never turns into a DNS lookup). */
    static boolean isLiteral(String address) {
        if (address == null) {
            return false;
        }
        String bare = bare(address);
        java.util.regex.Matcher v4 = IPV4.matcher(bare);
        if (v4.matches()) {
            for (int group = 1; group <= 4; group++) {
                if (Integer.parseInt(v4.group(group)) > 255) {
                    return false;
                }
            }
            return true;
        }
        return IPV6.matcher(bare).matches();
    }

    private static String bare(String address) {
        return address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1)
                : address;
    }
}
