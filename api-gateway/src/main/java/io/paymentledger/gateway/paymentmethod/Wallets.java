package io.paymentledger.gateway.paymentmethod;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.paymentledger.gateway.web.ParamErrors;
import io.paymentledger.gateway.web.ParamReader;
import io.paymentledger.messages.paymentmethod.BillingDetails;
import io.paymentledger.messages.paymentmethod.PaymentMethod;

/**
 * The wallet payment method types of test mode (docs/api.md §18.2): the types of the WooshPay documents that Stripe
 * also has. A wallet payment method has no card; the customer always acts in the wallet (a redirect or a QR code),
 * which in test mode is the hosted page or the authenticate test helper. Its processor reference is the test
 * behaviour "authenticate always", so the command side's test processor asks for that action and approves the
 * payment once it succeeded.
 */
public final class Wallets {

    /** The wallet types, as {@code payment_method_types} and {@code payment_method_data[type]} name them. */
    public static final List<String> TYPES = List.of("alipay", "wechat_pay");
    private static final String PROCESSOR_REFERENCE = "test:AUTHENTICATE_ALWAYS";

    private Wallets() {
    }

    public static boolean isWallet(String type) {
        return type != null && TYPES.contains(type);
    }

    /**
     * Stripe's clients send the wallet's own hash ({@code alipay}, {@code wechat_pay}) empty; another type's hash,
     * a non-empty one, or {@code card} with a wallet type is {@code parameter_unknown}.
     */
    public static void checkHashes(ParamReader params, String type) {
        for (String wallet : TYPES) {
            if (params.has(wallet) && (!wallet.equals(type) || !emptyHash(params.raw(wallet)))) {
                throw ParamErrors.unknown(params.name(wallet));
            }
        }
        if (isWallet(type) && params.has("card")) {
            throw ParamErrors.unknown(params.name("card"));
        }
    }

    private static boolean emptyHash(Object value) {
        return "".equals(value) || value instanceof Map<?, ?> map && map.isEmpty();
    }

    static PaymentMethod paymentMethod(String type, BillingDetails billing, Map<String, String> metadata, Clock clock,
                                       Supplier<String> ids) {
        return new PaymentMethod(ids.get(), clock.instant(), type, null,
                billing == null ? new BillingDetails(null, null, null, null) : billing,
                metadata == null ? Map.of() : Map.copyOf(metadata), PROCESSOR_REFERENCE);
    }
}
