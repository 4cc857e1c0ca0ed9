package io.paymentledger.query.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ledger.admin.key}: the bearer key of the admin API, bound from the environment variable LEDGER_ADMIN_KEY
 * by Spring's relaxed binding; unset or blank disables the API.
 */
@ConfigurationProperties("ledger.admin")
public record AdminProperties(String key) {

    boolean enabled() {
        return key != null && !key.isBlank();
    }
}
