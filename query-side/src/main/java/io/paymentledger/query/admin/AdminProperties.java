package io.paymentledger.query.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code ledger.admin.key}: the bearer key of the admin API (env LEDGER_ADMIN_KEY); blank disables the API. */
@ConfigurationProperties("ledger.admin")
public record AdminProperties(String key) {

    boolean enabled() {
        return key != null && !key.isBlank();
    }
}
