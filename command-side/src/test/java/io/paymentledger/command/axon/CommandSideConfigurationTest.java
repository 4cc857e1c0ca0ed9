package io.paymentledger.command.axon;

import io.paymentledger.command.paymentintent.PaymentRejectedException;
import io.paymentledger.command.processor.PaymentProcessor;
import io.paymentledger.command.processor.TestPaymentProcessor;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.error.PaymentRejection;
import io.paymentledger.messages.paymentintent.AuditMetadata;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.EhCache3Adapter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.time.Duration;
import java.util.stream.Stream;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;

/** The command side's Spring wiring, without the rest of Axon's auto-configuration. */
class CommandSideConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(CommandSideConfiguration.class)
            .withBean(CommandBus.class, () -> SimpleCommandBus.builder().build())
            .withBean(Snapshotter.class, () -> mock(Snapshotter.class));

    @Test
    void defaultsToTwentyAttemptsTenSecondsAndFiftyEvents() {
        context.run(spring -> {
            PaymentsProperties properties = spring.getBean(PaymentsProperties.class);
            assertThat(properties.confirmationLimit()).isEqualTo(20);
            assertThat(properties.settlementDelay()).isEqualTo(Duration.ofSeconds(10));
            assertThat(properties.snapshotThreshold()).isEqualTo(50);
        });
    }

    @Test
    void bindsLedgerPaymentsProperties() {
        context.withPropertyValues("ledger.payments.confirmation-limit=3", "ledger.payments.settlement-delay=2s",
                        "ledger.payments.snapshot-threshold=7",
                        "ledger.payments.aggregate-cache-size=0")
               .run(spring -> assertThat(spring.getBean(PaymentsProperties.class))
                       .isEqualTo(new PaymentsProperties(3, Duration.ofSeconds(2), 7, 0, Duration.ofSeconds(5),
                               Duration.ofSeconds(3), Duration.ofSeconds(10))));
    }

    @Test
    void cachesAtMostAggregateCacheSizeIntents() {
        context.withPropertyValues("ledger.payments.aggregate-cache-size=2").run(spring -> {
            Cache cache = spring.getBean("paymentIntentCache", Cache.class);
            assertThat(cache).isInstanceOf(EhCache3Adapter.class);
            cache.put("pi_1", "first");
            cache.put("pi_2", "second");
            cache.put("pi_3", "third");
            assertThat(Stream.of("pi_1", "pi_2", "pi_3").filter(cache::containsKey)).hasSize(2);
        });
    }

    @Test
    void anAggregateCacheSizeOfZeroCachesNothing() {
        context.withPropertyValues("ledger.payments.aggregate-cache-size=0").run(spring -> {
            Cache cache = spring.getBean("paymentIntentCache", Cache.class);
            cache.put("pi_1", "first");
            assertThat(cache.containsKey("pi_1")).isFalse();
        });
    }

    @Test
    void providesTheTestProcessorAndTheNamedSnapshotTrigger() {
        context.run(spring -> {
            assertThat(spring.getBean(PaymentProcessor.class)).isInstanceOf(TestPaymentProcessor.class);
            assertThat(spring.getBean("paymentIntentSnapshotTrigger", SnapshotTriggerDefinition.class))
                    .isInstanceOf(EventCountSnapshotTriggerDefinition.class);
        });
    }

    @Test
    void copiesAuditMetadataAndKeepsAxonsOriginProvider() {
        context.run(spring -> {
            Map<String, CorrelationDataProvider> providers = spring.getBeansOfType(CorrelationDataProvider.class);
            assertThat(providers.values()).hasAtLeastOneElementOfType(MessageOriginProvider.class);
            MetaData commandMetaData = MetaData.with(AuditMetadata.REQUEST_ID.key(), "req_1")
                    .and(AuditMetadata.API_KEY_ID.key(), "4242").and("unrelated", "x");
            Map<String, Object> copied = Map.copyOf(spring.getBean("auditMetadataCorrelationDataProvider",
                    CorrelationDataProvider.class).correlationDataFor(
                    new GenericCommandMessage<>("c", commandMetaData)));
            assertThat(copied).containsEntry("requestId", "req_1").containsEntry("apiKeyId", "4242")
                    .doesNotContainKey("unrelated");
        });
    }

    @Test
    void registersTheErrorInterceptorOnTheCommandBus() {
        context.run(spring -> {
            CommandBus bus = spring.getBean(CommandBus.class);
            bus.subscribe(String.class.getName(), command -> {
                throw new PaymentRejectedException(PaymentErrorCode.AMOUNT_TOO_LARGE, "too much", "amount");
            });
            CommandExecutionException e = catchThrowableOfType(
                    () -> DefaultCommandGateway.builder().commandBus(bus).build().sendAndWait("command"),
                    CommandExecutionException.class);
            assertThat(e.<PaymentRejection>getDetails()).hasValueSatisfying(rejection ->
                    assertThat(rejection.error().code()).isEqualTo(PaymentErrorCode.AMOUNT_TOO_LARGE));
        });
    }
}
