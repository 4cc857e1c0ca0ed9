package io.paymentledger.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConsumerKeysTest {

    private final ConsumerKeys keys = ConsumerKeys.parse(" ck_one:cs_one=acct_a , ck_two:cs_t=wo=acct_b,");

    @Test
    void aPairAuthenticatesAsItsAccountOnlyWithItsOwnSecret() {
        assertThat(keys.authenticate("ck_one", "cs_one")).hasValueSatisfying(caller -> {
            assertThat(caller.accountId()).isEqualTo("acct_a");
            assertThat(caller.keyLabel()).isEqualTo("ck_…_one");
        });
        assertThat(keys.authenticate("ck_two", "cs_t=wo").map(Caller::accountId)).hasValue("acct_b");
        assertThat(keys.authenticate("ck_one", "cs_t=wo")).isEmpty();
        assertThat(keys.authenticate("ck_two", "cs_one")).isEmpty();
        assertThat(keys.authenticate("ck_one", "")).isEmpty();
        assertThat(ConsumerKeys.parse(null).authenticate("ck_one", "cs_one")).isEmpty();
    }

    @Test
    void aMalformedEntryStopsStartUpWithoutShowingTheSecret() {
        assertThatThrownBy(() -> ConsumerKeys.parse("ck_one=acct_a"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("LEDGER_CONSUMER_KEYS");
        assertThatThrownBy(() -> ConsumerKeys.parse("ck_one:secretvalue12="))
                .isInstanceOf(IllegalStateException.class).hasMessageNotContaining("secretvalue");
    }

    @Test
    void basicCredentialsNeedAUserAndAPassword() {
        assertThat(ConsumerKeyInterceptor.basicCredentials("Basic Y2tfYTpjc19i")).containsExactly("ck_a", "cs_b");
        assertThat(ConsumerKeyInterceptor.basicCredentials("Basic Y2tfYTo=")).isNull();
        assertThat(ConsumerKeyInterceptor.basicCredentials("Bearer sk_test_x")).isNull();
        assertThat(ConsumerKeyInterceptor.basicCredentials("Basic %%%")).isNull();
        assertThat(ConsumerKeyInterceptor.basicCredentials(null)).isNull();
    }
}
