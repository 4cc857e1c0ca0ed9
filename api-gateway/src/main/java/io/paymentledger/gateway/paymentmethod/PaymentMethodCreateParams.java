package io.paymentledger.gateway.paymentmethod;

import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.gateway.paymentintent.AddressParams;
import io.paymentledger.gateway.web.ExpandParam;
import io.paymentledger.gateway.web.MetadataParam;
import io.paymentledger.gateway.web.ParamErrors;
import io.paymentledger.gateway.web.ParamReader;
import io.paymentledger.gateway.web.RequestParams;
import io.paymentledger.messages.paymentmethod.PaymentMethod;
import io.paymentledger.messages.paymentmethod.PaymentMethodInput;

import java.util.List;
import java.util.Set;

/**
 * {@code POST /v1/payment_methods} (docs/api.md §3.10): {@code type=card} with {@code card[number]},
 * {@code card[exp_month]}, {@code card[exp_year]}, {@code card[cvc]} or {@code card[token]=tok_…}, or a test wallet
 * ({@code type=alipay} or {@code wechat_pay}, its own hash empty or absent, §18.2); optional {@code billing_details}
 * and {@code metadata}. Card data the vault refuses is a card error (402).
 */
public final class PaymentMethodCreateParams {

    private static final Set<String> ACCEPTED = Set.of("type", "card", "billing_details", "metadata", "expand",
            "alipay", "wechat_pay");
    private static final List<String> TYPES = List.of("card", "alipay", "wechat_pay");

    private PaymentMethodCreateParams() {
    }

    /** A new, not yet kept, payment method. */
    public static PaymentMethod read(RequestParams request, String accountId, CardVault vault) {
        ParamReader params = ParamReader.of(request).allowOnly(ACCEPTED);
        if (!params.has("type")) {
            throw ParamErrors.missing("type");
        }
        String type = params.oneOfStrings("type", TYPES);
        Wallets.checkHashes(params, type);
        if (Wallets.isWallet(type)) {
            PaymentMethodInput wallet = vault.wallet(type, AddressParams.billingDetails(params, "billing_details"),
                    MetadataParam.withoutEmptyValues(params, "metadata"));
            ExpandParam.read(params, false, Set.of());
            return wallet.paymentMethod();
        }
        if (!params.has("card")) {
            throw ParamErrors.missing("card");
        }
        CardData card = CardParams.read(params.object("card"));
        PaymentMethodInput tokenized = vault.tokenize(accountId, card,
                AddressParams.billingDetails(params, "billing_details"),
                MetadataParam.withoutEmptyValues(params, "metadata"), "card");
        ExpandParam.read(params, false, Set.of());
        if (tokenized.cardError() != null) {
            throw new ApiException(tokenized.cardError());
        }
        return tokenized.paymentMethod();
    }
}
