package io.paymentledger.gateway.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import io.paymentledger.gateway.auth.ApiKeys;
import io.paymentledger.gateway.auth.Caller;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's sessions in the gateway's database (H2 here; the cluster test runs them on PostgreSQL). */
class DashboardSessionsTest {

    private static final String KEY = "sk_test_dashboardSessions0001";
    private static final ApiKeys KEYS = ApiKeys.parse(KEY + "=acct_1",
            "rk_test_reader0003=acct_1:payment_intents=read", false);

    private final MovableClock clock = new MovableClock();
    private final JdbcTemplate jdbc = database();
    private final DashboardSessions sessions = new DashboardSessions(jdbc, KEYS, Duration.ofMinutes(30), clock);
    private final Caller caller = KEYS.authenticate(KEY).orElseThrow();

    private static JdbcTemplate database() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:sessions-" + System.nanoTime() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration/gateway").load().migrate();
        return new JdbcTemplate(h2);
    }

    @Test
    void aSessionLastsWhileItIsUsedAndEndsAfterTheTimeoutWithoutARequest() {
        DashboardSessions.Session session = sessions.open(caller);

        clock.advance(Duration.ofMinutes(29));
        assertThat(sessions.find(session.token())).map(DashboardSessions.Session::caller).contains(caller);
        clock.advance(Duration.ofMinutes(29));
        assertThat(sessions.find(session.token())).as("each request extends it").isPresent();
        clock.advance(Duration.ofMinutes(31));
        assertThat(sessions.find(session.token())).as("expired").isEmpty();
        clock.advance(Duration.ofSeconds(-3600));
        assertThat(sessions.find(session.token())).as("an expired session is forgotten").isEmpty();
    }

    @Test
    void signingOutEndsTheSessionAndTokensAreNeitherGuessableNorShared() {
        DashboardSessions.Session first = sessions.open(caller);
        DashboardSessions.Session second = sessions.open(caller);

        assertThat(first.token()).hasSizeGreaterThanOrEqualTo(43).isNotEqualTo(second.token())
                .isNotEqualTo(first.csrfToken());
        sessions.close(first.token());
        assertThat(sessions.find(first.token())).isEmpty();
        assertThat(sessions.find(second.token())).isPresent();
        assertThat(sessions.find(null)).isEmpty();
        assertThat(sessions.find("made-up")).isEmpty();
    }

    @Test
    void theTableKeepsOnlyTheTokensHashAndTheKeysLabel() {
        DashboardSessions.Session session = sessions.open(caller);

        assertThat(jdbc.queryForMap("SELECT * FROM dashboard_session")).containsEntry("token_sha256",
                DashboardSessions.hash(session.token())).containsEntry("account_id", "acct_1")
                .containsEntry("key_label", "sk_test_…0001").doesNotContainValue(session.token())
                .doesNotContainValue(KEY).doesNotContainValue(session.csrfToken());
        assertThat(session.csrfToken()).isEqualTo(DashboardSessions.csrf(session.token()))
                .isNotEqualTo(DashboardSessions.hash(session.token()));
    }

    @Test
    void aSessionFoundAgainHasTheCallerOfItsKeyAndEndsWhenTheKeyIsNoLongerConfigured() {
        Caller reader = KEYS.authenticate("rk_test_reader0003").orElseThrow();
        DashboardSessions.Session session = sessions.open(reader);

        assertThat(sessions.find(session.token())).map(DashboardSessions.Session::caller).contains(reader);
        DashboardSessions rotated = new DashboardSessions(jdbc, ApiKeys.parse(KEY + "=acct_1", null, false),
                Duration.ofMinutes(30), clock);
        assertThat(rotated.find(session.token())).as("the key was removed").isEmpty();
        assertThat(sessions.find(session.token())).as("and its session deleted").isEmpty();
    }

    @Test
    void expiredSessionsArePrunedAndTheAdminKeyStaysInThisNodesMemory() {
        DashboardSessions.Session old = sessions.open(caller);
        clock.advance(Duration.ofMinutes(31));
        DashboardSessions.Session fresh = sessions.withAdminKey(sessions.open(caller), "admin-secret");

        assertThat(jdbc.queryForList("SELECT token_sha256 FROM dashboard_session", String.class))
                .containsExactly(DashboardSessions.hash(fresh.token()));
        assertThat(sessions.find(fresh.token())).map(DashboardSessions.Session::adminKey).contains("admin-secret");
        DashboardSessions otherNode = new DashboardSessions(jdbc, KEYS, Duration.ofMinutes(30), clock);
        assertThat(otherNode.find(fresh.token())).as("another node serves the session but asks for the admin key")
                .hasValueSatisfying(there -> assertThat(there.adminKey()).isNull());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dashboard_session WHERE key_label LIKE '%admin%'",
                Integer.class)).isZero();
        assertThat(sessions.find(old.token())).isEmpty();
    }

    @Test
    void csrfTokensMatchOnlyExactly() {
        assertThat(DashboardSessions.same("abc", "abc")).isTrue();
        assertThat(DashboardSessions.same("abc", "abd")).isFalse();
        assertThat(DashboardSessions.same("abc", null)).isFalse();
        assertThat(DashboardSessions.same(null, null)).isFalse();
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
