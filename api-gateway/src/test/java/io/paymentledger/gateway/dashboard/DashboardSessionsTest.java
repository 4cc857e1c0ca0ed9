package io.paymentledger.gateway.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import io.paymentledger.gateway.auth.Caller;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardSessionsTest {

    private final MovableClock clock = new MovableClock();
    private final DashboardSessions sessions = new DashboardSessions(Duration.ofMinutes(30), clock);
    private final Caller caller = new Caller("acct_1", "abcd");

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
