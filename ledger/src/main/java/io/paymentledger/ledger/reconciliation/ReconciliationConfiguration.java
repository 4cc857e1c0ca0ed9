package io.paymentledger.ledger.reconciliation;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.paymentledger.query.admin.ReadModelReplay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/** The reconciliation check, its gauge {@code ledger.reconciliation.missed} and its periodic run. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(ReconciliationProperties.class)
public class ReconciliationConfiguration {

    @Bean
    ReadModelReconciliation readModelReconciliation(JdbcTemplate jdbc, ReconciliationProperties properties) {
        return new ReadModelReconciliation(jdbc, properties, Clock.systemUTC());
    }

    @Bean
    ReconciliationGauge reconciliationGauge(ReadModelReconciliation reconciliation, ReadModelReplay replay,
                                            MeterRegistry registry) {
        return new ReconciliationGauge(reconciliation, () -> replay.progress().running(), registry);
    }

    /** Every node runs the check: it only reads, and each node's metric then tells the same story. */
    static final class ReconciliationGauge {

        private static final Logger log = LoggerFactory.getLogger(ReconciliationGauge.class);

        private final ReadModelReconciliation reconciliation;
        private final BooleanSupplier replaying;
        private final AtomicInteger missed = new AtomicInteger();

        ReconciliationGauge(ReadModelReconciliation reconciliation, BooleanSupplier replaying,
                            MeterRegistry registry) {
            this.reconciliation = reconciliation;
            this.replaying = replaying;
            Gauge.builder("ledger.reconciliation.missed", missed, AtomicInteger::get)
                    .description("Intents whose read model missed events of the event store (0 when consistent)")
                    .register(registry);
        }

        @Scheduled(initialDelayString = "${ledger.reconciliation.interval:5m}",
                fixedDelayString = "${ledger.reconciliation.interval:5m}")
        void run() {
            if (replaying.getAsBoolean()) {
                // The views are being rebuilt from scratch: everything not yet replayed would count as missed.
                return;
            }
            ReconciliationReport report = reconciliation.check();
            missed.set(report.missedCount());
            if (report.missedCount() > 0) {
                log.warn("Reconciliation: {} intents missed events, e.g. {}", report.missedCount(), report.missed());
            }
        }
    }
}
