package io.paymentledger.query.axon;

import io.paymentledger.messages.upcasting.PaymentIntentDetailsUpcaster;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The upcasters of older event revisions, so the projections read every stored event (docs/events.md). The
 * command side declares the same beans, and in one JVM (the standalone ledger) the first declaration wins.
 */
@Configuration(proxyBeanMethods = false)
public class EventUpcasting {

    @Bean
    @ConditionalOnMissingBean(PaymentIntentDetailsUpcaster.class)
    public PaymentIntentDetailsUpcaster paymentIntentDetailsUpcaster() {
        return new PaymentIntentDetailsUpcaster();
    }
}
