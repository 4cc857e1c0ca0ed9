package io.paymentledger.gateway.paymentmethod;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The vault's keys: the fingerprint secret is {@code ledger.payments.fingerprint-secret} or
 * {@code LEDGER_FINGERPRINT_SECRET}, generated into {@code ledger.payments.fingerprint-secret-directory} when
 * neither is set and that is (standalone only); elsewhere start-up fails without one ({@link FingerprintSecret}).
 */
@Configuration(proxyBeanMethods = false)
class PaymentMethodConfiguration {

    @Bean
    KeyedHashes keyedHashes(
            @Value("${ledger.payments.fingerprint-secret:${LEDGER_FINGERPRINT_SECRET:}}") String configured,
            @Value("${ledger.payments.fingerprint-secret-directory:}") String directory) {
        return new KeyedHashes(FingerprintSecret.resolve(configured, directory));
    }

    @Bean
    CardVault cardVault(KeyedHashes hashes, PaymentMethodStore store) {
        return new CardVault(hashes, store, Clock.systemUTC());
    }
}
