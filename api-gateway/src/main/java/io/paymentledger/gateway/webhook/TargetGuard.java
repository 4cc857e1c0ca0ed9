package io.paymentledger.gateway.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Which receiver URLs may be called: http(s) only, and (unless {@code ledger.webhooks.allow-private-targets}) no
 * host any of whose addresses is loopback, private, link-local, unique-local, wildcard or multicast, so that an API
 * caller cannot make the ledger reach into its own network. Checked on creation and again before every attempt,
 * because DNS answers can change.
 */
@Component
public class TargetGuard {

    private final boolean allowPrivate;

    TargetGuard(WebhookProperties properties) {
        this.allowPrivate = properties.allowPrivateTargets();
    }

    /** Why {@code url} is refused, or empty when it may be called. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Optional.of("Invalid URL: " + url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getUserInfo() != null) {
            return Optional.of("Invalid URL: must be an http or https URL with a host: " + url);
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (isPrivate(address)) {
                    return Optional.of("Invalid URL: " + uri.getHost() + " resolves to a private or loopback "
                            + "address, which cannot receive webhooks");
                }
            }
        } catch (UnknownHostException e) {
            return Optional.of("Invalid URL: cannot resolve " + uri.getHost());
        }
        return Optional.empty();
    }

    static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc; // fc00::/7 unique local
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        // 100.64.0.0/10 carrier-grade NAT, 0.0.0.0/8, 192.0.0.0/24 and the 198.18.0.0/15 benchmark range.
        return first == 0 || first == 100 && (second & 0xc0) == 64 || first == 192 && second == 0 && (bytes[2] == 0)
                || first == 198 && (second == 18 || second == 19);
    }
}
