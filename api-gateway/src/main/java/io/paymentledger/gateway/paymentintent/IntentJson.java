package io.paymentledger.gateway.paymentintent;

import io.paymentledger.gateway.charge.ChargeJson;
import io.paymentledger.gateway.paymentmethod.PaymentMethodJson;
import io.paymentledger.gateway.error.ErrorJson;
import io.paymentledger.gateway.web.Expansions;
import io.paymentledger.gateway.web.WireLinks;
import io.paymentledger.messages.paymentintent.AutomaticPaymentMethods;
import io.paymentledger.messages.paymentintent.MerchantReferences;
import io.paymentledger.messages.paymentintent.NextAction;
import io.paymentledger.messages.paymentintent.PaymentIntentDetails;
import io.paymentledger.messages.paymentintent.PaymentIntentStatus;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import io.paymentledger.messages.paymentintent.PaymentMethodOptions;
import io.paymentledger.messages.refund.ChargeDetailView;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.paymentledger.gateway.paymentmethod.PaymentMethodJson.seconds;

/** The PaymentIntent object with every field of docs/api.md §2, null where absent. */
final class IntentJson {

    private static final PaymentIntentDetails NO_DETAILS = PaymentIntentDetails.none();

    private IntentJson() {
    }

    static Map<String, Object> intent(PaymentIntentView v, Expansions e, WireLinks links) {
        PaymentIntentDetails d = v.details() == null ? NO_DETAILS : v.details();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", v.id());
        json.put("object", "payment_intent");
        json.put("amount", v.amount());
        json.put("amount_capturable", v.amountCapturable());
        json.put("amount_details", Map.of("tip", Map.of()));
        json.put("amount_received", v.amountReceived());
        json.put("application", null);
        json.put("application_fee_amount", null);
        json.put("automatic_payment_methods", automaticPaymentMethods(d.settings().automaticPaymentMethods()));
        json.put("canceled_at", seconds(v.canceledAt()));
        json.put("cancellation_reason", v.cancellationReason() == null ? null : v.cancellationReason().wireName());
        json.put("capture_method",
                d.settings().captureMethod() == null ? "automatic" : d.settings().captureMethod().wireName());
        json.put("client_secret", v.clientSecret());
        json.put("confirmation_method", d.settings().confirmationMethod() == null ? "automatic"
                : d.settings().confirmationMethod().wireName());
        json.put("created", seconds(v.created()));
        json.put("currency", v.currency());
        json.put("customer", d.references().customer());
        json.put("customer_account", null);
        json.put("description", d.descriptors().description());
        json.put("excluded_payment_method_types", null);
        json.put("last_payment_error", ErrorJson.lastPaymentError(v.lastPaymentError(), links));
        json.put("latest_charge", v.latestCharge() == null ? null
                : e.expands("latest_charge") ? ChargeJson.charge(ChargeDetailView.latestOf(v), false)
                : v.latestCharge().id());
        json.put("livemode", false);
        json.put("metadata", d.metadata() == null ? Map.of() : new LinkedHashMap<>(d.metadata()));
        json.put("next_action", nextAction(v, links));
        json.put("on_behalf_of", null);
        json.put("payment_method", v.paymentMethod() == null ? null
                : e.expands("payment_method") ? PaymentMethodJson.paymentMethod(v.paymentMethod())
                : v.paymentMethod().id());
        json.put("payment_method_configuration_details", null);
        json.put("payment_method_options", paymentMethodOptions(d.settings().paymentMethodOptions()));
        json.put("payment_method_types",
                d.settings().paymentMethodTypes() == null ? List.of("card") : d.settings().paymentMethodTypes());
        json.put("processing", v.status() == PaymentIntentStatus.PROCESSING ? Map.of("type", "card") : null);
        json.put("receipt_email", d.descriptors().receiptEmail());
        json.put("review", null);
        json.put("setup_future_usage",
                d.settings().setupFutureUsage() == null ? null : d.settings().setupFutureUsage().wireName());
        json.put("shipping", PaymentMethodJson.shipping(d.shipping()));
        json.put("source", null);
        json.put("statement_descriptor", d.descriptors().statementDescriptor());
        json.put("statement_descriptor_suffix", d.descriptors().statementDescriptorSuffix());
        json.put("status", v.status() == null ? null : v.status().wireName());
        json.put("transfer_data", null);
        json.put("transfer_group", null);
        putMerchantReferences(json, d.references().merchant());
        return json;
    }

    private static Map<String, Object> automaticPaymentMethods(AutomaticPaymentMethods automatic) {
        if (automatic == null) {
            return null;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("allow_redirects", automatic.allowRedirects());
        json.put("enabled", automatic.enabled());
        return json;
    }

    private static Map<String, Object> paymentMethodOptions(PaymentMethodOptions options) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("installments", null);
        card.put("mandate_options", null);
        card.put("network", null);
        card.put("request_three_d_secure", options == null || options.requestThreeDSecure() == null
                ? PaymentMethodParams.DEFAULT_THREE_D_SECURE : options.requestThreeDSecure());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("card", card);
        return json;
    }

    /** docs/api.md §2.2 and §18.2: every kind sends the customer to our hosted test page. */
    static Map<String, Object> nextAction(PaymentIntentView v, WireLinks links) {
        NextAction action = v.nextAction();
        if (action == null || v.status() != PaymentIntentStatus.REQUIRES_ACTION) {
            return null;
        }
        String query = "?client_secret=" + URLEncoder.encode(String.valueOf(v.clientSecret()), StandardCharsets.UTF_8);
        String page = links.publicBaseUrl() + "/authenticate/" + v.id() + query;
        Map<String, Object> details = new LinkedHashMap<>();
        String type = switch (String.valueOf(action.type())) {
            case "redirect_to_url" -> {
                details.put("return_url", action.returnUrl());
                details.put("url", page);
                yield "redirect_to_url";
            }
            case "alipay_handle_redirect" -> {
                details.put("native_data", null);
                details.put("native_url", null);
                details.put("return_url", action.returnUrl());
                details.put("url", page);
                yield "alipay_handle_redirect";
            }
            case "wechat_pay_display_qr_code" -> {
                String images = links.publicBaseUrl() + "/authenticate/" + v.id() + "/qr";
                details.put("data", page);
                details.put("hosted_instructions_url", page);
                details.put("image_data_url", QrCodes.dataUrl(page));
                details.put("image_url_png", images + "/png" + query);
                details.put("image_url_svg", images + "/svg" + query);
                yield "wechat_pay_display_qr_code";
            }
            default -> {
                details.put("source", v.id());
                details.put("stripe_js", page);
                details.put("type", "three_d_secure_redirect");
                yield "use_stripe_sdk";
            }
        };
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", type);
        json.put(type, details);
        return json;
    }

    /** WooshPay's extra fields appear only on intents that were created with them (docs/api.md §12). */
    private static void putMerchantReferences(Map<String, Object> json, MerchantReferences references) {
        if (references == null) {
            return;
        }
        if (references.quantity() != null) {
            json.put("quantity", references.quantity());
        }
        if (references.merchantUserId() != null) {
            json.put("merchant_user_id", references.merchantUserId());
        }
        if (references.merchantOrderId() != null) {
            json.put("merchant_order_id", references.merchantOrderId());
        }
    }
}
