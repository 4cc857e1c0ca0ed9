package io.paymentledger.gateway.paymentmethod;

import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.paymentmethod.PaymentMethod;
import io.paymentledger.messages.paymentmethod.PaymentMethodInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Which payment methods an id names: the account's own, test ids, and nothing of another account. */
class CardVaultTest {

    private final CardVault vault = TestVaults.vault();

    private PaymentMethod tokenizedAndKept(String account) {
        PaymentMethodInput tokenized = vault.tokenize(account, new CardData("4242424242424242", 12, 2030, "739", null),
                null, null, "card");
        vault.keep(account, tokenized);
        return tokenized.paymentMethod();
    }

    @Test
    void keepsNothingUntilAskedTo() {
        PaymentMethodInput tokenized = vault.tokenize("acct_a", new CardData(null, null, null, null, "tok_visa"),
                null, null, "card");
        assertThat(vault.find("acct_a", tokenized.paymentMethod().id())).isEmpty();
    }

    @Test
    void resolvesAnyPaymentMethodTheAccountKept() {
        PaymentMethod kept = tokenizedAndKept("acct_a");
        assertThat(vault.resolve("acct_a", kept.id(), "payment_method")).isEqualTo(kept);
    }

    @Test
    void treatsAnotherAccountsPaymentMethodAsMissing() {
        PaymentMethod kept = tokenizedAndKept("acct_a");
        ApiException missing = catchThrowableOfType(ApiException.class,
                () -> vault.resolve("acct_b", kept.id(), "payment_method"));
        assertThat(missing.error().code()).isEqualTo(PaymentErrorCode.RESOURCE_MISSING);
        assertThat(missing.error().param()).isEqualTo("payment_method");
        assertThat(vault.find("acct_b", kept.id())).isEmpty();
    }

    @Test
    void resolvesTestIdsToNewPaymentMethods() {
        PaymentMethod visa = vault.resolve("acct_a", "pm_card_visa", "payment_method");
        assertThat(visa.id()).startsWith("pm_").isNotEqualTo("pm_card_visa");
        assertThat(visa.processorReference()).isEqualTo("test:APPROVE");
    }

    @Test
    void refusesUnknownIds() {
        ApiException missing = catchThrowableOfType(ApiException.class,
                () -> vault.resolve("acct_a", "pm_1Unknown", "payment_method"));
        assertThat(missing.error().message()).isEqualTo("No such PaymentMethod: 'pm_1Unknown'");
    }

    @Test
    void keepsAPaymentMethodOnce() {
        PaymentMethod kept = tokenizedAndKept("acct_a");
        PaymentMethod changed = new PaymentMethod(kept.id(), kept.created(), "card", kept.card(), kept.billingDetails(),
                java.util.Map.of("k", "v"), kept.processorReference());
        vault.keep("acct_a", PaymentMethodInput.of(changed));
        assertThat(vault.find("acct_a", kept.id())).contains(kept);
    }

    @Test
    void keyedRequestDigestsDependOnTheSecret() {
        String canonical = "POST /v1/payment_methods\n{\"card\":{\"number\":\"4242424242424242\"}}";
        assertThat(new KeyedHashes("a").requestDigest(canonical)).isEqualTo(new KeyedHashes("a").requestDigest(canonical))
                .isNotEqualTo(new KeyedHashes("b").requestDigest(canonical)).matches("[0-9a-f]{64}");
    }
}
