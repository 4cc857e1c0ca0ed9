package io.paymentledger.gateway.ratelimit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.local.LocalBucketBuilder;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.paymentledger.gateway.auth.ApiKeys;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * On PostgreSQL the buckets are rows of {@code rate_limit_bucket}, read and written under {@code SELECT … FOR
 * UPDATE}, so the nodes of a cluster share one budget per key; on the standalone ledger's H2 database (one JVM)
 * they are kept in memory.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration {

    @Bean
    RateLimiter rateLimiter(RateLimitProperties properties, ApiKeys keys, DataSource dataSource) throws SQLException {
        Budgets budgets = Budgets.of(properties, keys.labels());
        if (isPostgres(dataSource)) {
            ProxyManager<String> shared = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                    .primaryKeyMapper(PrimaryKeyMapper.STRING)
                    .table("rate_limit_bucket").idColumn("id").stateColumn("state")
                    .build();
            return new RateLimiter((id, configuration) -> shared.builder().build(id, configuration), budgets);
        }
        Map<String, Bucket> local = new ConcurrentHashMap<>();
        return new RateLimiter((id, configuration) -> local.computeIfAbsent(id, ignored -> {
            LocalBucketBuilder builder = Bucket.builder();
            Arrays.stream(configuration.get().getBandwidths()).forEach(builder::addLimit);
            return builder.build();
        }), budgets);
    }

    private static boolean isPostgres(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
    }
}
