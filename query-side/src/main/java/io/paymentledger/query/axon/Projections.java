package io.paymentledger.query.axon;

import io.paymentledger.query.balance.BalanceProjection;
import io.paymentledger.query.books.BooksProjection;
import io.paymentledger.query.chain.EventChainHeadProjection;
import io.paymentledger.query.charge.ChargeProjection;
import io.paymentledger.query.event.ApiEventProjection;
import io.paymentledger.query.paymentintent.PaymentIntentProjection;
import io.paymentledger.query.transfer.TransferProjection;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ModuleConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.lifecycle.Phase;
import org.springframework.context.annotation.Bean;

import java.util.List;
import java.util.stream.Stream;

/**
 * The read models' processing groups and the event chain's heads share one event processor, {@value #PROCESSOR}:
 * each event is read and deserialized once, and a batch of events updates every table in one transaction, so one
 * commit instead of six (the figures are in docs/benchmarks.md). Each read model keeps its own dead-letter queue,
 * reset handler and fingerprint; a poison event parks in its group's queue alone. The heads are evidence, not a read
 * model: they have no reset handler and skip replayed events ({@code @DisallowReplay}), so a replay never moves them.
 * The webhook dispatcher (side effects) keeps a processor of its own.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class Projections {

    public static final String PROCESSOR = "projections";
    public static final List<String> GROUPS = List.of(PaymentIntentProjection.PROCESSING_GROUP,
            BalanceProjection.PROCESSING_GROUP, ApiEventProjection.PROCESSING_GROUP, ChargeProjection.PROCESSING_GROUP,
            BooksProjection.PROCESSING_GROUP, TransferProjection.PROCESSING_GROUP);
    /** Every processing group the processor runs: the read models and the event chain's heads. */
    static final List<String> ALL_GROUPS = Stream.concat(GROUPS.stream(),
            Stream.of(EventChainHeadProjection.PROCESSING_GROUP)).toList();

    /**
     * Whether {@code member} is an event handler of a read model (a group of {@link #GROUPS}): the handlers that
     * {@link HandlerSavepoints} and {@link RowIncrements} wrap. The event chain's heads are not among them.
     */
    static boolean isReadModelEventHandler(MessageHandlingMember<?> member) {
        ProcessingGroup group = member.declaringClass().getAnnotation(ProcessingGroup.class);
        return group != null && GROUPS.contains(group.value()) && member.canHandleMessageType(EventMessage.class);
    }

    @Bean
    ConfigurerModule projectionsProcessor() {
        return configurer -> {
            configurer.eventProcessing().assignProcessingGroup(group -> ALL_GROUPS.contains(group) ? PROCESSOR : group);
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
                configuration.getComponent(TransactionManager.class)).carryOver(ALL_GROUPS, PROCESSOR);
    }
}
