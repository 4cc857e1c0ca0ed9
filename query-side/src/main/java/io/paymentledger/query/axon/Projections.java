package io.paymentledger.query.axon;

import io.paymentledger.query.balance.BalanceProjection;
import io.paymentledger.query.books.BooksProjection;
import io.paymentledger.query.charge.ChargeProjection;
import io.paymentledger.query.event.ApiEventProjection;
import io.paymentledger.query.paymentintent.PaymentIntentProjection;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ModuleConfiguration;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.lifecycle.Phase;
import org.springframework.context.annotation.Bean;

import java.util.List;

/**
 * The read models' processing groups share one event processor, {@value #PROCESSOR}: each event is read and
 * deserialized once, and a batch of events updates every read model in one transaction, so one commit instead of
 * five (the figures are in docs/benchmarks.md). Each group keeps its own dead-letter queue, reset handler and
 * fingerprint; a poison event parks in its group's queue alone. The webhook dispatcher (side effects) and the
 * event chain's heads (evidence, never replayed) keep processors of their own.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class Projections {

    public static final String PROCESSOR = "projections";
    public static final List<String> GROUPS = List.of(PaymentIntentProjection.PROCESSING_GROUP,
            BalanceProjection.PROCESSING_GROUP, ApiEventProjection.PROCESSING_GROUP, ChargeProjection.PROCESSING_GROUP,
            BooksProjection.PROCESSING_GROUP);

    @Bean
    ConfigurerModule projectionsProcessor() {
        return configurer -> {
            configurer.eventProcessing().assignProcessingGroup(group -> GROUPS.contains(group) ? PROCESSOR : group);
            // Before the processors start: a store whose groups had processors of their own starts here from the
            // slowest of their positions, instead of reading the whole store again.
            configurer.registerModule(new ModuleConfiguration() {
                @Override
                public void initialize(Configuration configuration) {
                    configuration.onStart(Phase.INBOUND_EVENT_CONNECTORS - 1, () -> carryOver(configuration));
                }
            });
        };
    }

    private static void carryOver(Configuration configuration) {
        new TokenCarryOver(configuration.eventProcessingConfiguration().tokenStore(PROCESSOR),
                configuration.getComponent(TransactionManager.class)).carryOver(GROUPS, PROCESSOR);
    }
}
