package io.paymentledger.command.axon;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Replaces Axon's auto-configured db-scheduler deadline manager with {@link ClusterSafeDeadlineManager}, built
 * the same way (Axon's auto-configuration backs off when a DeadlineManager bean exists; its db-scheduler task
 * looks the manager up by the DbSchedulerDeadlineManager type, which the subclass keeps).
 */
@Configuration(proxyBeanMethods = false)
public class DeadlineConfiguration {

    @Bean
    public DeadlineManager deadlineManager(Scheduler scheduler, org.axonframework.config.Configuration configuration,
                                           @Qualifier("eventSerializer") Serializer serializer,
                                           TransactionManager transactionManager,
                                           DeadlineManagerSpanFactory spanFactory) {
        // The scheduler's lifecycle belongs to db-scheduler's Spring Boot starter, as in Axon's own bean.
        return new ClusterSafeDeadlineManager(ClusterSafeDeadlineManager.builder()
                .scheduler(scheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(configuration))
                .serializer(serializer)
                .transactionManager(transactionManager)
                .spanFactory(spanFactory)
                .startScheduler(false)
                .stopScheduler(false));
    }
}
