package io.paymentledger.gateway.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

import io.paymentledger.gateway.auth.ApiKeys;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.springframework.stereotype.Component;

/**
 * Which receivers may be called (server-side request forgery): http(s) URLs only, and hosts all of whose addresses
 * are public ({@link AddressRules}). Checked when an endpoint is saved, and again on every attempt by the sender's
 * {@link DnsResolver}: the addresses checked are the ones the connection is made to, so a DNS answer that changes
 * between the check and the connection (rebinding) cannot reach a private address. Private targets are allowed
 * only by {@code ledger.webhooks.allow-private-targets=true}, or, when that is not set, while the gateway runs on the
 * development key alone (a developer's receiver is on localhost); never once real keys are configured.
 */
@Component
public class TargetGuard implements DnsResolver {

    private final boolean allowPrivate;

    public TargetGuard(WebhookProperties properties, ApiKeys keys) {
        this.allowPrivate = properties.allowPrivateTargets() != null ? properties.allowPrivateTargets()
                : keys.developmentKeyOnly();
    }

    boolean allowsPrivateTargets() {
        return allowPrivate;
    }

    /** Why {@code url} is refused, or empty when it may be called. */
    public Optional<String> refusal(String url) {
        Optional<String> host = host(url);
        if (host.isEmpty()) {
            return Optional.of("Invalid URL: must be an http or https URL with a host: " + url);
        }
        if (allowPrivate) {
            return Optional.empty(); // A developer's receiver may be a name that resolves only later (compose).
        }
        try {
            resolve(host.get());
            return Optional.empty();
        } catch (RefusedTargetException e) {
            return Optional.of(e.getMessage());
        } catch (UnknownHostException e) {
            return Optional.of("Invalid URL: cannot resolve " + host.get());
        }
    }

    /** The host of an http(s) URL without user info, or empty for anything else. */
    public static Optional<String> host(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getUserInfo() != null) {
            return Optional.empty();
        }
        return Optional.of(uri.getHost());
    }

    /** The host's addresses, every one of them public unless private targets are allowed. */
    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = SystemDefaultDnsResolver.INSTANCE.resolve(host);
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                if (!AddressRules.isPublic(address)) {
                    throw new RefusedTargetException("Invalid URL: " + host + " resolves to a private, loopback or "
                            + "reserved address, which cannot receive webhooks");
                }
            }
        }
        return addresses;
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        return SystemDefaultDnsResolver.INSTANCE.resolveCanonicalHostname(host);
    }

    /** A host refused by the guard; an {@link UnknownHostException} because that is what a resolver may throw. */
    static final class RefusedTargetException extends UnknownHostException {
        RefusedTargetException(String message) {
            super(message);
        }
    }
}
