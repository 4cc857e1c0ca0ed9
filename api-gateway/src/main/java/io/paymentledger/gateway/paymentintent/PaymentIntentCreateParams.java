package io.paymentledger.gateway.paymentintent;

import io.paymentledger.gateway.paymentmethod.CardVault;
import io.paymentledger.gateway.web.MetadataParam;
import io.paymentledger.gateway.web.ParamErrors;
import io.paymentledger.gateway.web.ParamReader;
import io.paymentledger.gateway.web.RequestParams;
import io.paymentledger.messages.paymentintent.AutomaticPaymentMethods;
import io.paymentledger.messages.paymentintent.CaptureMethod;
import io.paymentledger.messages.paymentintent.ConfirmOptions;
import io.paymentledger.messages.paymentintent.ConfirmationMethod;
import io.paymentledger.messages.paymentintent.CreatePaymentIntent;
import io.paymentledger.messages.paymentintent.Descriptors;
import io.paymentledger.messages.paymentintent.MerchantReferences;
import io.paymentledger.messages.paymentintent.PaymentIntentDetails;
import io.paymentledger.messages.paymentintent.PaymentMethodOptions;
import io.paymentledger.messages.paymentintent.PaymentSettings;
import io.paymentledger.messages.paymentintent.References;
import io.paymentledger.messages.paymentintent.SetupFutureUsage;
import io.paymentledger.messages.paymentmethod.PaymentMethodInput;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@code POST /v1/payment_intents} (docs/api.md §3.1). */
final class PaymentIntentCreateParams {

    private static final Set<String> ACCEPTED = Set.of("amount", "currency", "confirm", "capture_method",
            "confirmation_method", "customer", "description", "metadata", "payment_method", "payment_method_data",
            "payment_method_types", "payment_method_options", "automatic_payment_methods", "receipt_email",
            "setup_future_usage", "shipping", "statement_descriptor", "statement_descriptor_suffix", "return_url",
            "off_session", "error_on_requires_action", "use_stripe_sdk", "mandate", "mandate_data", "radar_options",
            "expand");
    /** WooshPay's extra fields (docs/api.md §12), accepted only in JSON bodies so form clients see pure Stripe. */
    private static final Set<String> ACCEPTED_IN_JSON = Stream.concat(ACCEPTED.stream(),
            Stream.of("quantity", "merchant_user_id", "merchant_order_id")).collect(Collectors.toUnmodifiableSet());
    private static final int MAX_MERCHANT_REFERENCE = 255;

    private PaymentIntentCreateParams() {
    }

    static CreatePaymentIntent read(RequestParams request, String accountId, String paymentIntentId,
                                    String clientSecret, CardVault vault) {
        ParamReader params = ParamReader.of(request).allowOnly(request.json() ? ACCEPTED_IN_JSON : ACCEPTED);
        if (!params.has("amount")) {
            throw ParamErrors.missing("amount");
        }
        long amount = params.integer("amount", 1, Long.MAX_VALUE);
        String currency = TextParams.currency(params, "currency", true);
        boolean confirm = Boolean.TRUE.equals(params.bool("confirm"));
        if (!confirm) {
            ConfirmOptionParams.rejectConfirmOnly(params);
        }
        ConfirmOptions options = ConfirmOptionParams.options(params);
        PaymentIntentDetails details = details(params);
        PaymentMethodInput paymentMethod = paymentMethod(params, accountId, vault);
        if (confirm && paymentMethod == null) {
            throw ParamErrors.missing("payment_method");
        }
        PaymentIntentParams.expansions(params, false);
        return new CreatePaymentIntent(paymentIntentId, accountId, amount, currency, details, clientSecret,
                paymentMethod, confirm ? options : null, null);
    }

    private static PaymentIntentDetails details(ParamReader params) {
        String receiptEmail = params.optionalString("receipt_email", TextParams.MAX_STRING);
        if (receiptEmail != null) {
            TextParams.requireEmail("receipt_email", receiptEmail);
        }
        SetupFutureUsage setupFutureUsage = params.isEmpty("setup_future_usage") ? null
                : params.enumValue("setup_future_usage", SetupFutureUsage.values(), SetupFutureUsage::wireName);
        TextParams.statementDescriptor(params, "statement_descriptor");
        CaptureMethod captureMethod = params.enumValue("capture_method", CaptureMethod.values(),
                CaptureMethod::wireName);
        ConfirmationMethod confirmationMethod = params.enumValue("confirmation_method", ConfirmationMethod.values(),
                ConfirmationMethod::wireName);
        List<String> types = PaymentMethodParams.types(params, "payment_method_types");
        AutomaticPaymentMethods automatic = PaymentMethodParams.automatic(params, "automatic_payment_methods");
        if (automatic != null && automatic.enabled() && types != null) {
            throw ParamErrors.exclusive("automatic_payment_methods", "payment_method_types");
        }
        if (automatic == null && types == null) {
            automatic = new AutomaticPaymentMethods(true, "always");
        }
        PaymentMethodOptions options = PaymentMethodParams.options(params, "payment_method_options");
        return new PaymentIntentDetails(new PaymentSettings(
                        captureMethod == null ? CaptureMethod.AUTOMATIC : captureMethod,
                        confirmationMethod == null ? ConfirmationMethod.AUTOMATIC : confirmationMethod,
                        types == null ? List.of("card") : types,
                        options == null
                                ? new PaymentMethodOptions(PaymentMethodParams.DEFAULT_THREE_D_SECURE) : options,
                        automatic, setupFutureUsage),
                new Descriptors(params.optionalString("description", TextParams.MAX_DESCRIPTION), null,
                        TextParams.descriptor(params, "statement_descriptor_suffix"), receiptEmail),
                new References(params.optionalString("customer", TextParams.MAX_STRING), merchantReferences(params)),
                MetadataParam.withoutEmptyValues(params, "metadata"),
                params.isEmpty("shipping") ? null : AddressParams.shipping(params, "shipping"));
    }

    private static PaymentMethodInput paymentMethod(ParamReader params, String accountId, CardVault vault) {
        if (params.has("payment_method_data") && params.has("payment_method")) {
            throw ParamErrors.exclusive("payment_method", "payment_method_data");
        }
        PaymentMethodInput byId = PaymentMethodParams.byId(params, "payment_method", accountId, vault);
        return byId != null ? byId : PaymentMethodParams.data(params, "payment_method_data", accountId, vault);
    }

    private static MerchantReferences merchantReferences(ParamReader params) {
        Long quantity = params.integer("quantity", 1, Long.MAX_VALUE);
        String userId = params.optionalString("merchant_user_id", MAX_MERCHANT_REFERENCE);
        String orderId = params.optionalString("merchant_order_id", MAX_MERCHANT_REFERENCE);
        return quantity == null && userId == null && orderId == null ? null
                : new MerchantReferences(quantity, userId, orderId);
    }
}
