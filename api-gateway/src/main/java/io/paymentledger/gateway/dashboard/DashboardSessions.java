package io.paymentledger.gateway.dashboard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.paymentledger.gateway.auth.ApiKeys;
import io.paymentledger.gateway.auth.Caller;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The dashboard's signed-in sessions, kept in the gateway's database ({@code dashboard_session}, V352) so that every
 * node of a cluster serves every session. A random token (the cookie) names the session; the table keeps only its
 * SHA-256 and the label of the key that signed in, and each request finds the key's caller again in the configured
 * keys (a key removed from the configuration ends its sessions). The forms' CSRF token is derived from the cookie's
 * token, so it is never stored either. A session ends on sign-out or after {@code ledger.dashboard.session-timeout}
 * without a request; expired rows are deleted at each sign-in and every {@code session-prune-interval}.
 * The admin key an operator gives the operations page stays in the memory of the node it was given to.
 */
@Component
public class DashboardSessions {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** A session's last request is written at most this often, so that a page view rarely writes. */
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final ApiKeys apiKeys;
    private final Duration timeout;
    private final Clock clock;
    /** Admin keys by session hash, with when they were last used: never written to the database. */
    private final Map<String, AdminKey> adminKeys = new ConcurrentHashMap<>();

    @Autowired
    DashboardSessions(JdbcTemplate jdbc, ApiKeys apiKeys,
                      @Value("${ledger.dashboard.session-timeout:30m}") Duration timeout) {
        this(jdbc, apiKeys, timeout, Clock.systemUTC());
    }

    DashboardSessions(JdbcTemplate jdbc, ApiKeys apiKeys, Duration timeout, Clock clock) {
        this.jdbc = jdbc;
        this.apiKeys = apiKeys;
        this.timeout = timeout;
        this.clock = clock;
    }

    /** A new session of {@code caller}; expired sessions are pruned on the way. */
    Session open(Caller caller) {
        prune();
        String token = token();
        long now = clock.millis();
        jdbc.update("INSERT INTO dashboard_session (token_sha256, account_id, key_label, created_ms, last_seen_ms) "
                + "VALUES (?, ?, ?, ?, ?)", hash(token), caller.accountId(), caller.keyLabel(), now, now);
        return new Session(token, caller, csrf(token), Instant.ofEpochMilli(now), null);
    }

    /** The live session of a cookie's token; an expired one is deleted. Each use extends it. */
    Optional<Session> find(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        String hash = hash(token);
        List<Row> rows = jdbc.query("SELECT account_id, key_label, last_seen_ms FROM dashboard_session "
                + "WHERE token_sha256 = ?", (rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getLong(3)), hash);
        Instant now = clock.instant();
        if (rows.isEmpty()) {
            adminKeys.remove(hash);
            return Optional.empty();
        }
        Row row = rows.get(0);
        Instant lastSeen = Instant.ofEpochMilli(row.lastSeenMs());
        Optional<Caller> caller = apiKeys.byLabel(row.accountId(), row.keyLabel());
        if (lastSeen.plus(timeout).isBefore(now) || caller.isEmpty()) {
            close(token);
            return Optional.empty();
        }
        if (!lastSeen.plus(TOUCH_INTERVAL).isAfter(now)) {
            jdbc.update("UPDATE dashboard_session SET last_seen_ms = ? WHERE token_sha256 = ? AND last_seen_ms < ?",
                    now.toEpochMilli(), hash, now.toEpochMilli());
        }
        AdminKey admin = adminKeys.computeIfPresent(hash, (key, current) -> current.usedAt(now));
        return Optional.of(new Session(token, caller.get(), csrf(token), now, admin == null ? null : admin.key()));
    }

    /** The session with the admin key its operator gave the operations page, kept in this node's memory only. */
    Session withAdminKey(Session session, String adminKey) {
        adminKeys.put(hash(session.token()), new AdminKey(adminKey, clock.instant()));
        return new Session(session.token(), session.caller(), session.csrfToken(), session.lastSeen(), adminKey);
    }

    void close(String token) {
        if (token != null) {
            String hash = hash(token);
            adminKeys.remove(hash);
            jdbc.update("DELETE FROM dashboard_session WHERE token_sha256 = ?", hash);
        }
    }

    /** Deletes every session idle for longer than the timeout; returns how many. */
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${ledger.dashboard.session-prune-interval:PT15M}")
    int prune() {
        Instant oldest = clock.instant().minus(timeout);
        adminKeys.values().removeIf(admin -> admin.lastUsed().isBefore(oldest));
        return jdbc.update("DELETE FROM dashboard_session WHERE last_seen_ms < ?", oldest.toEpochMilli());
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

    /** How the table names a session: the hex SHA-256 of its token. */
    static String hash(String token) {
        return HexFormat.of().formatHex(sha256(token));
    }

    /** The CSRF token of a session's forms: derived from the cookie's token, which it does not reveal. */
    static String csrf(String token) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256("csrf:" + token));
    }

    /** Compares two tokens in constant time; a missing one never matches. */
    static boolean same(String expected, String presented) {
        return expected != null && presented != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every JRE", impossible);
        }
    }

    /**
     * One signed-in browser: its cookie token, who it is, its forms' CSRF token, when it was last used, and the
     * admin key of the operations pages once given on this node (null before).
     */
    record Session(String token, Caller caller, String csrfToken, Instant lastSeen, String adminKey) {
    }

    private record Row(String accountId, String keyLabel, long lastSeenMs) {
    }

    private record AdminKey(String key, Instant lastUsed) {

        AdminKey usedAt(Instant now) {
            return new AdminKey(key, now);
        }
    }
}
