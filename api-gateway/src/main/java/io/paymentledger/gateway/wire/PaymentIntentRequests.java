package io.paymentledger.gateway.wire;

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
import java.util.Set;

/**
 * Turns the parameters of each PaymentIntent endpoint into its command or query, validating every parameter
 * (spec §3, §3.9, §12). Any bad input throws {@link WireException}; nothing here has side effects.
 */
public final class PaymentIntentRequests {

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

    private PaymentIntentRequests() {
    }

    public static CreatePaymentIntent create(RequestParams p, String accountId, String paymentIntentId,
                                             String clientSecret) {
        return CreateParams.read(p, accountId, paymentIntentId, clientSecret);
    }

    public static UpdatePaymentIntent update(RequestParams p, String accountId, String paymentIntentId) {
        ParamReader params = ParamReader.of(p).allowOnly(UPDATE);
        PaymentIntentPatch patch = PatchParams.read(params, accountId);
        ExpandParam.read(params, false);
        return new UpdatePaymentIntent(paymentIntentId, accountId, patch);
    }

    public static ConfirmPaymentIntent confirm(RequestParams p, String accountId, String paymentIntentId) {
        ParamReader params = ParamReader.of(p).allowOnly(CONFIRM);
        params.string("client_secret", 5000);
        PaymentIntentPatch patch = PatchParams.read(params, accountId);
        var options = ConfirmParams.options(params);
        ExpandParam.read(params, false);
        return new ConfirmPaymentIntent(paymentIntentId, accountId, patch, options);
    }

    public static CapturePaymentIntent capture(RequestParams p, String accountId, String paymentIntentId) {
        ParamReader params = ParamReader.of(p).allowOnly(CAPTURE);
        Long amountToCapture = params.integer("amount_to_capture", 1, Long.MAX_VALUE);
        if (Boolean.FALSE.equals(params.bool("final_capture"))) {
            throw WireErrors.invalid("final_capture",
                    "Multicapture is not supported: final_capture must be true or omitted.");
        }
        PaymentIntentPatch patch = PatchParams.read(params, accountId);
        ExpandParam.read(params, false);
        return new CapturePaymentIntent(paymentIntentId, accountId, amountToCapture, patch);
    }

    public static CancelPaymentIntent cancel(RequestParams p, String accountId, String paymentIntentId) {
        ParamReader params = ParamReader.of(p).allowOnly(CANCEL);
        CancellationReason reason = params.isEmpty("cancellation_reason") ? null
                : params.enumValue("cancellation_reason", CALLER_REASONS, CancellationReason::wireName);
        ExpandParam.read(params, false);
        return new CancelPaymentIntent(paymentIntentId, accountId, reason);
    }

    public static ListPaymentIntents list(RequestParams p, String accountId) {
        return QueryParams.list(p, accountId);
    }

    public static SearchPaymentIntents search(RequestParams p, String accountId) {
        return QueryParams.search(p, accountId);
    }

    /** Validates a retrieve's parameters; see {@link #retrieve} for {@code as_of}. */
    public static Expansions retrieveExpansions(RequestParams p) {
        return retrieve(p).expansions();
    }

    public static RetrieveParams retrieve(RequestParams p) {
        return QueryParams.retrieve(p);
    }

    /** Validated {@code expand[]} of any endpoint; {@code list} for list and search results ({@code data.…}). */
    public static Expansions expansions(RequestParams p, boolean list) {
        return ExpandParam.read(ParamReader.of(p), list);
    }
}
