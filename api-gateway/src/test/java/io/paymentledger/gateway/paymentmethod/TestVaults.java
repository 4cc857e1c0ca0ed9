package io.paymentledger.gateway.paymentmethod;

import io.paymentledger.messages.paymentmethod.PaymentMethod;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Vaults for tests of request parsing: the real tokenizer over an in-memory store. */
public final class TestVaults {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

    private TestVaults() {
    }

    public static CardVault vault() {
        return new CardVault(new KeyedHashes("test-secret"), new InMemory(), CLOCK);
    }

    /** Keeps a visa payment method with {@code id} for {@code accountId} in the vault, as a created one would be. */
    public static PaymentMethod keep(CardVault vault, String accountId, String id) {
        PaymentMethod visa = vault.resolve(accountId, "pm_card_visa", "payment_method");
        PaymentMethod kept = new PaymentMethod(id, visa.created(), visa.type(), visa.card(), visa.billingDetails(),
                visa.metadata(), visa.processorReference());
        vault.keep(accountId, io.paymentledger.messages.paymentmethod.PaymentMethodInput.of(kept));
        return kept;
    }

    /** Keyed by account and id, like the table. */
    public static final class InMemory implements PaymentMethodStore {

        private final Map<String, PaymentMethod> rows = new ConcurrentHashMap<>();

        @Override
        public void keep(String accountId, PaymentMethod paymentMethod) {
            rows.putIfAbsent(accountId + "/" + paymentMethod.id(), paymentMethod);
        }

        @Override
        public Optional<PaymentMethod> find(String accountId, String paymentMethodId) {
            return Optional.ofNullable(rows.get(accountId + "/" + paymentMethodId));
        }
    }
}
