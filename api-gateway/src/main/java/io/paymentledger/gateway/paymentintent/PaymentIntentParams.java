package io.paymentledger.gateway.paymentintent;

import io.paymentledger.gateway.paymentmethod.CardVault;
import io.paymentledger.gateway.web.ExpandParam;
import io.paymentledger.gateway.web.Expansions;
import io.paymentledger.gateway.web.ParamErrors;
import io.paymentledger.gateway.web.ParamReader;
import io.paymentledger.gateway.web.RequestParams;
import io.paymentledger.messages.paymentintent.CancelPaymentIntent;
import io.paymentledger.messages.paymentintent.CancellationReason;
import io.paymentledger.messages.paymentintent.CapturePaymentIntent;
import io.paymentledger.messages.paymentintent.ConfirmPaymentIntent;
import io.paymentledger.messages.paymentintent.CreatePaymentIntent;
import io.paymentledger.messages.paymentintent.ListPaymentIntents;
import io.paymentledger.messages.paymentintent.PaymentIntentPatch;
import io.paymentledger.messages.paymentintent.SearchPaymentIntents;
import io.paymentledger.messages.paymentintent.UpdatePaymentIntent;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Turns the parameters of each PaymentIntent endpoint into its command or query, validating every parameter
 * (docs/api.md §3, §3.9, §12). Any bad input throws {@link io.paymentledger.gateway.error.ApiException}; nothing
 * here has side effects (the vault tokenizes card data and looks payment methods up, but keeps nothing).
 */
final class PaymentIntentParams {

    /** The fields of an intent that {@code expand[]} can expand. */
    static final Set<String> EXPANDABLE = Set.of("payment_method", "latest_charge", "customer");
    private static final List<String> AUTHENTICATION_OUTCOMES = List.of("succeed", "fail");

    private static final Set<String> UPDATE = Set.of("amount", "currency", "customer", "description", "metadata",
            "payment_method", "payment_method_data", "payment_method_types", "payment_method_options",
            "receipt_email", "setup_future_usage", "shipping", "statement_descriptor", "statement_descriptor_suffix",
            "capture_method", "expand");
    private static final Set<String> CONFIRM = Set.of("payment_method", "payment_method_data",
            "payment_method_types", "payment_method_options", "return_url", "off_session",
            "error_on_requires_action", "setup_future_usage", "shipping", "receipt_email", "capture_method",
            "use_stripe_sdk", "mandate", "mandate_data", "radar_options", "expand", "client_secret");
    private static final Set<String> CAPTURE = Set.of("amount_to_capture", "metadata", "statement_descriptor",
            "statement_descriptor_suffix", "expand", "final_capture");
    private static final Set<String> CANCEL = Set.of("cancellation_reason", "expand");
    /** {@code automatic} is the ledger's own reason; callers may not give it. */
    private static final CancellationReason[] CALLER_REASONS = Arrays.stream(CancellationReason.values())
            .filter(reason -> reason != CancellationReason.AUTOMATIC).toArray(CancellationReason[]::new);

    private PaymentIntentParams() {
    }

    static CreatePaymentIntent create(RequestParams p, String accountId, String paymentIntentId,
                                      String clientSecret, CardVault vault) {
        return PaymentIntentCreateParams.read(p, accountId, paymentIntentId, clientSecret, vault);
    }

    static UpdatePaymentIntent update(RequestParams p, String accountId, String paymentIntentId,
                                   CardVault vault) {
        ParamReader params = ParamReader.of(p).allowOnly(UPDATE);
        PaymentIntentPatch patch = PaymentIntentPatchParams.read(params, accountId, vault);
        expansions(params, false);
        return new UpdatePaymentIntent(paymentIntentId, accountId, patch);
    }

    static ConfirmPaymentIntent confirm(RequestParams p, String accountId, String paymentIntentId,
                                   CardVault vault) {
        ParamReader params = ParamReader.of(p).allowOnly(CONFIRM);
        params.string("client_secret", 5000);
        PaymentIntentPatch patch = PaymentIntentPatchParams.read(params, accountId, vault);
        var options = ConfirmOptionParams.options(params);
        expansions(params, false);
        return new ConfirmPaymentIntent(paymentIntentId, accountId, patch, options);
    }

    static CapturePaymentIntent capture(RequestParams p, String accountId, String paymentIntentId,
                                   CardVault vault) {
        ParamReader params = ParamReader.of(p).allowOnly(CAPTURE);
        Long amountToCapture = params.integer("amount_to_capture", 1, Long.MAX_VALUE);
        if (Boolean.FALSE.equals(params.bool("final_capture"))) {
            throw ParamErrors.invalid("final_capture",
                    "Multicapture is not supported: final_capture must be true or omitted.");
        }
        PaymentIntentPatch patch = PaymentIntentPatchParams.read(params, accountId, vault);
        expansions(params, false);
        return new CapturePaymentIntent(paymentIntentId, accountId, amountToCapture, patch);
    }

    static CancelPaymentIntent cancel(RequestParams p, String accountId, String paymentIntentId) {
        ParamReader params = ParamReader.of(p).allowOnly(CANCEL);
        CancellationReason reason = params.isEmpty("cancellation_reason") ? null
                : params.enumValue("cancellation_reason", CALLER_REASONS, CancellationReason::wireName);
        expansions(params, false);
        return new CancelPaymentIntent(paymentIntentId, accountId, reason);
    }

    static ListPaymentIntents list(RequestParams p, String accountId) {
        return PaymentIntentQueryParams.list(p, accountId);
    }

    static SearchPaymentIntents search(RequestParams p, String accountId) {
        return PaymentIntentQueryParams.search(p, accountId);
    }

    /** Validates a retrieve's parameters; see {@link #retrieve} for {@code as_of}. */
    static Expansions retrieveExpansions(RequestParams p) {
        return retrieve(p).expansions();
    }

    static PaymentIntentRetrieveParams retrieve(RequestParams p) {
        return PaymentIntentQueryParams.retrieve(p);
    }

    /** Validated {@code expand[]} of any endpoint; {@code list} for list and search results ({@code data.…}). */
    static Expansions expansions(RequestParams p, boolean list) {
        return expansions(ParamReader.of(p), list);
    }

    static Expansions expansions(ParamReader params, boolean list) {
        return ExpandParam.read(params, list, EXPANDABLE);
    }

    /** The test helper's {@code outcome=succeed|fail}: true when the authentication succeeds. */
    static boolean authenticationSucceeds(RequestParams p) {
        Object outcome = ParamReader.of(p).allowOnly(Set.of("outcome")).raw("outcome");
        if (outcome == null || "".equals(outcome)) {
            throw ParamErrors.missing("outcome");
        }
        if (!AUTHENTICATION_OUTCOMES.contains(outcome)) {
            throw ParamErrors.invalid("outcome", "Invalid outcome: must be one of succeed or fail");
        }
        return "succeed".equals(outcome);
    }
}
