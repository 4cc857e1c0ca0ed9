package io.paymentledger.gateway.dashboard;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.paymentledger.gateway.auth.Caller;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The dashboard's signed-in sessions, kept in this node's memory: a random token (the cookie) names the caller
 * its API key authenticated and the CSRF token its forms carry. A session ends on sign-out or after
 * {@code ledger.dashboard.session-timeout} without a request. The key itself is never kept.
 */
@Component
public class DashboardSessions {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Duration timeout;
    private final Clock clock;

    @Autowired
    DashboardSessions(@Value("${ledger.dashboard.session-timeout:30m}") Duration timeout) {
        this(timeout, Clock.systemUTC());
    }

    DashboardSessions(Duration timeout, Clock clock) {
        this.timeout = timeout;
        this.clock = clock;
    }

    /** A new session of {@code caller}. */
    Session open(Caller caller) {
        Session session = new Session(token(), caller, token(), clock.instant(), null);
        sessions.put(session.token(), session);
        return session;
    }

    /** The live session of a cookie's token; an expired one is forgotten. Each use extends it. */
    Optional<Session> find(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Session session = sessions.get(token);
        Instant now = clock.instant();
        if (session == null) {
            return Optional.empty();
        }
        if (session.lastSeen().plus(timeout).isBefore(now)) {
            sessions.remove(token);
            return Optional.empty();
        }
        return Optional.ofNullable(sessions.computeIfPresent(token, (key, current) -> current.seenAt(now)));
    }

    /** The session with the admin key its operator gave the operations page (kept in memory only). */
    Session withAdminKey(Session session, String adminKey) {
        Session changed = new Session(session.token(), session.caller(), session.csrfToken(), session.lastSeen(),
                adminKey);
        sessions.put(session.token(), changed);
        return changed;
    }

    void close(String token) {
        if (token != null) {
            sessions.remove(token);
        }
    }

    Duration timeout() {
        return timeout;
    }

    /** A random 256-bit token, URL-safe. */
    static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Compares two tokens in constant time; a missing one never matches. */
    static boolean same(String expected, String presented) {
        return expected != null && presented != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * One signed-in browser: its cookie token, who it is, its forms' CSRF token, when it was last used, and the
     * admin key of the operations pages once given (null before).
     */
    record Session(String token, Caller caller, String csrfToken, Instant lastSeen, String adminKey) {

        Session seenAt(Instant now) {
            return new Session(token, caller, csrfToken, now, adminKey);
        }
    }
}
