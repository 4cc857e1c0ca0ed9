package io.paymentledger.gateway.paymentintent;

import io.paymentledger.gateway.paymentmethod.CardData;
import io.paymentledger.gateway.paymentmethod.CardParams;
import io.paymentledger.gateway.paymentmethod.CardVault;
import io.paymentledger.gateway.paymentmethod.Wallets;
import io.paymentledger.gateway.web.MetadataParam;
import io.paymentledger.gateway.web.ParamErrors;
import io.paymentledger.gateway.web.ParamReader;
import io.paymentledger.messages.paymentintent.AutomaticPaymentMethods;
import io.paymentledger.messages.paymentintent.PaymentMethodOptions;
import io.paymentledger.messages.paymentmethod.PaymentMethodInput;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code payment_method}, {@code payment_method_data}, {@code payment_method_types},
 * {@code payment_method_options} and {@code automatic_payment_methods}. A named payment method or card data is
 * resolved by the {@link CardVault} at once, so the command carries a tokenized payment method (or the card error of
 * refused card data), never a card number.
 */
final class PaymentMethodParams {

    static final String DEFAULT_THREE_D_SECURE = "automatic";
    private static final int MAX_ID = 5000;
    private static final Set<String> DATA = Set.of("type", "card", "billing_details", "metadata", "alipay",
            "wechat_pay");
    /** The payment method types an intent accepts: cards and the test wallets. */
    private static final List<String> TYPES = List.of("card", "alipay", "wechat_pay");
    private static final Set<String> OPTIONS = Set.of("card", "alipay", "wechat_pay");
    private static final Set<String> WECHAT_OPTIONS = Set.of("client");
    private static final Set<String> CARD_OPTIONS = Set.of("request_three_d_secure");
    private static final Set<String> AUTOMATIC = Set.of("enabled", "allow_redirects");
    private static final Pattern RESOURCE_NAME = Pattern.compile("accounts/([^/]+)/payment-methods/([^/]+)");

    private PaymentMethodParams() {
    }

    /** An id; in JSON mode seed 002's {@code accounts/{acct}/payment-methods/{pm}} is reduced to {@code pm}. */
    static PaymentMethodInput byId(ParamReader params, String key, String accountId, CardVault vault) {
        String id = params.optionalString(key, MAX_ID);
        if (id == null) {
            return null;
        }
        Matcher resourceName = RESOURCE_NAME.matcher(id);
        if (params.json() && resourceName.matches()) {
            if (!resourceName.group(1).equals(accountId)) {
                throw ParamErrors.invalid(params.name(key),
                        "The payment method " + resourceName.group(2) + " does not belong to your account.");
            }
            id = resourceName.group(2);
        }
        return PaymentMethodInput.of(vault.resolve(accountId, id, params.name(key)));
    }

    static PaymentMethodInput data(ParamReader params, String key, String accountId, CardVault vault) {
        ParamReader data = params.object(key);
        if (data == null) {
            return null;
        }
        data.allowOnly(DATA);
        if (!data.has("type")) {
            throw ParamErrors.missing(data.name("type"));
        }
        String type = data.oneOfStrings("type", TYPES);
        Wallets.checkHashes(data, type);
        if (Wallets.isWallet(type)) {
            return vault.wallet(type, AddressParams.billingDetails(data, "billing_details"),
                    MetadataParam.withoutEmptyValues(data, "metadata"));
        }
        if (!data.has("card")) {
            throw ParamErrors.missing(data.name("card"));
        }
        CardData card = CardParams.read(data.object("card"));
        return vault.tokenize(accountId, card, AddressParams.billingDetails(data, "billing_details"),
                MetadataParam.withoutEmptyValues(data, "metadata"), data.name("card"));
    }

    /**
     * {@code card} and the wallets of {@link Wallets}, as a list or, in JSON, as WooshPay's string holding a JSON
     * array; an empty list is refused because an intent needs a type to pay with.
     */
    static List<String> types(ParamReader params, String key) {
        List<String> types = params.json() && params.raw(key) instanceof String text && text.trim().startsWith("[")
                ? JsonStringList.parse(text, params.name(key)) : params.stringList(key);
        if (types == null) {
            return null;
        }
        if (types.isEmpty()) {
            throw ParamErrors.empty(params.name(key));
        }
        for (String type : types) {
            if (!TYPES.contains(params.json() ? type.toLowerCase(Locale.ROOT) : type)) {
                throw ParamErrors.invalid(params.name(key), "The payment method type \""
                        + ParamErrors.abbreviate(type) + "\" is invalid. Supported: " + String.join(", ", TYPES)
                        + ".");
            }
        }
        return types.stream().map(type -> type.toLowerCase(Locale.ROOT)).distinct().toList();
    }

    static PaymentMethodOptions options(ParamReader params, String key) {
        ParamReader options = params.object(key);
        if (options == null) {
            return null;
        }
        options.allowOnly(OPTIONS);
        walletOptions(options);
        ParamReader card = options.object("card");
        if (card == null) {
            return new PaymentMethodOptions(DEFAULT_THREE_D_SECURE);
        }
        String threeDSecure = card.allowOnly(CARD_OPTIONS)
                .oneOfStrings("request_three_d_secure", List.of("automatic", "any", "challenge"));
        return new PaymentMethodOptions(threeDSecure == null ? DEFAULT_THREE_D_SECURE : threeDSecure);
    }

    /**
     * Alipay has no options; WeChat Pay's {@code client} may only be {@code web}, the QR code this ledger shows
     * (the app redirects of {@code ios} and {@code android} are refused rather than ignored).
     */
    private static void walletOptions(ParamReader options) {
        ParamReader alipay = options.object("alipay");
        if (alipay != null && !alipay.keys().isEmpty()) {
            throw ParamErrors.unknown(alipay.name(alipay.keys().iterator().next()));
        }
        ParamReader wechat = options.object("wechat_pay");
        if (wechat != null) {
            wechat.allowOnly(WECHAT_OPTIONS).oneOfStrings("client", List.of("web"));
        }
    }

    static AutomaticPaymentMethods automatic(ParamReader params, String key) {
        ParamReader automatic = params.object(key);
        if (automatic == null) {
            return null;
        }
        automatic.allowOnly(AUTOMATIC);
        if (!automatic.has("enabled")) {
            throw ParamErrors.missing(automatic.name("enabled"));
        }
        boolean enabled = automatic.bool("enabled");
        String redirects = automatic.oneOfStrings("allow_redirects", List.of("always", "never"));
        return new AutomaticPaymentMethods(enabled, redirects == null && enabled ? "always" : redirects);
    }
}
