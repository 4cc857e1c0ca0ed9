package io.paymentledger.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;

import io.paymentledger.gateway.auth.ApiKeys;
import io.paymentledger.gateway.auth.Caller;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two gateway nodes on one PostgreSQL database draw on one budget per key: Bucket4j keeps the bucket in
 * {@code rate_limit_bucket}. The budget is one request per second, so the second node's request right after
 * the first node's is refused (it would take a second for the bucket to refill).
 */
class SharedBudgetTest {

    private static final String KEYS = "sk_test_nodeShared0001=acct_shared,sk_test_nodeOther00002=acct_shared";
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        Flyway.configure().dataSource(postgres.getPostgresDatabase())
                .locations("classpath:db/migration/gateway").load().migrate();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void nodesOfAClusterShareOneBudgetPerKey() throws Exception {
        ApiKeys keys = ApiKeys.parse(KEYS, false);
        RateLimitProperties oneRequestPerSecond = new RateLimitProperties(1, 1, null);
        RateLimiter nodeA = new RateLimitConfiguration().rateLimiter(oneRequestPerSecond, keys,
                postgres.getPostgresDatabase());
        RateLimiter nodeB = new RateLimitConfiguration().rateLimiter(oneRequestPerSecond, keys,
                postgres.getPostgresDatabase());
        Caller shared = keys.authenticate("sk_test_nodeShared0001").orElseThrow();
        Caller other = keys.authenticate("sk_test_nodeOther00002").orElseThrow();

        assertThat(nodeA.tryAcquire(shared, false)).isTrue();
        assertThat(nodeB.tryAcquire(shared, false)).as("node B sees node A's request").isFalse();
        assertThat(nodeB.tryAcquire(shared, true)).as("writes have their own budget").isTrue();
        assertThat(nodeB.tryAcquire(other, false)).as("another key of the account has its own").isTrue();
    }

    @Test
    void refusesAnOverrideThatNamesNoConfiguredKey() {
        ApiKeys keys = ApiKeys.parse(KEYS, false);
        assertThatThrownBy(() -> Budgets.of(new RateLimitProperties(100, 100, "9999=5/5"), keys.labels()))
                .hasMessageContaining("9999=5/5");
        assertThatThrownBy(() -> Budgets.of(new RateLimitProperties(100, 100, "0001=many"), keys.labels()))
                .hasMessageContaining("0001=many");
    }
}
