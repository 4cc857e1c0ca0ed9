package io.paymentledger.gateway.auth;

import static io.paymentledger.gateway.auth.AccountCapabilities.Capability.PAYMENTS;
import static io.paymentledger.gateway.auth.AccountCapabilities.Capability.TRANSFERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AccountCapabilitiesTest {

    private final AccountCapabilities capabilities = AccountCapabilities.parse(
            " acct_x=payments , acct_y=payments+transfers,acct_z=,");

    @Test
    void aNamedAccountHasExactlyItsCapabilitiesAndOthersHaveBoth() {
        assertThat(capabilities.has("acct_x", PAYMENTS)).isTrue();
        assertThat(capabilities.has("acct_x", TRANSFERS)).isFalse();
        assertThat(capabilities.of("acct_y")).containsExactly(PAYMENTS, TRANSFERS);
        assertThat(capabilities.of("acct_z")).isEmpty();
        assertThat(capabilities.of("acct_unnamed")).containsExactly(PAYMENTS, TRANSFERS);
        assertThat(AccountCapabilities.parse(null).has("acct_x", TRANSFERS)).isTrue();
        assertThat(AccountCapabilities.parse("").has("acct_x", PAYMENTS)).isTrue();
    }

    @Test
    void aMalformedEntryStopsStartUp() {
        assertThatThrownBy(() -> AccountCapabilities.parse("acct_x=payouts"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("LEDGER_ACCOUNT_CAPABILITIES")
                .hasMessageContaining("acct_x=payouts");
        assertThatThrownBy(() -> AccountCapabilities.parse("payments"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> AccountCapabilities.parse("=payments"))
                .isInstanceOf(IllegalStateException.class);
    }
}
