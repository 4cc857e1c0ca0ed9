package io.paymentledger.gateway.paymentmethod;

import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.gateway.web.RandomIds;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.paymentmethod.BillingDetails;
import io.paymentledger.messages.paymentmethod.PaymentMethod;
import io.paymentledger.messages.paymentmethod.PaymentMethodInput;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The vault: card numbers stop here (docs/api.md §2.3). Card data, {@code tok_…} tokens and test ids become
 * tokenized {@link PaymentMethod}s before any command is dispatched, and only those travel on: commands, events,
 * snapshots, logs and tables never see a number or CVC, and in the Axon Server mode no card crosses the network.
 * Why a gateway record rather than an aggregate: a payment method is vault data with no rule to guard against
 * concurrent commands; keeping tokenization at the edge keeps the PCI scope to the gateway; and a payment method
 * enters the event history through {@code PaymentMethodAttached}, which carries the tokenized details, so audit and
 * replay need nothing else. Any {@code pm_} of an account may be used by any of its intents; another account's is
 * {@code resource_missing}.
 */
public class CardVault {

    private final CardTokenizer tokenizer;
    private final PaymentMethodStore store;
    private final Clock clock;

    public CardVault(KeyedHashes hashes, PaymentMethodStore store, Clock clock) {
        this.tokenizer = new CardTokenizer(hashes, clock, CardVault::newId);
        this.store = store;
        this.clock = clock;
    }

    /** A new wallet payment method ({@link Wallets}); nothing is stored until {@link #keep}. */
    public PaymentMethodInput wallet(String type, BillingDetails billing, Map<String, String> metadata) {
        return PaymentMethodInput.of(Wallets.paymentMethod(type, billing, metadata, clock, CardVault::newId));
    }

    private static String newId() {
        return "pm_" + RandomIds.alphanumerics(24);
    }

    /**
     * A new payment method from card data, or its card error; nothing is stored until {@link #keep}. An absent card
     * or an unknown token is an invalid request; {@code param} names the card hash in errors.
     */
    public PaymentMethodInput tokenize(String accountId, CardData card, BillingDetails billing,
                                       Map<String, String> metadata, String param) {
        return tokenizer.tokenize(accountId, card, billing, metadata, param);
    }

    /**
     * The payment method an id names: the account's own {@code pm_…}, or a new one for a test id such as
     * {@code pm_card_visa}. Anything else, another account's payment method included, is {@code resource_missing}.
     */
    public PaymentMethod resolve(String accountId, String paymentMethodId, String param) {
        return tokenizer.testPaymentMethod(accountId, paymentMethodId)
                .or(() -> store.find(accountId, paymentMethodId))
                .orElseThrow(() -> noSuchPaymentMethod(paymentMethodId, param));
    }

    /** Keeps a payment method a request named, once the request may run (after its idempotency claim). */
    public void keep(String accountId, PaymentMethodInput input) {
        if (input != null && input.paymentMethod() != null) {
            store.keep(accountId, input.paymentMethod());
        }
    }

    public Optional<PaymentMethod> find(String accountId, String paymentMethodId) {
        return store.find(accountId, paymentMethodId);
    }

    public static ApiException noSuchPaymentMethod(String paymentMethodId, String param) {
        return new ApiException(PaymentErrorCode.RESOURCE_MISSING,
                "No such PaymentMethod: '" + paymentMethodId + "'", param);
    }
}
