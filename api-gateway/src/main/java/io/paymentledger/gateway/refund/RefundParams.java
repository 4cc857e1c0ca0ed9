package io.paymentledger.gateway.refund;

import io.paymentledger.gateway.web.ParamErrors;
import io.paymentledger.gateway.web.ListParams;
import io.paymentledger.gateway.web.ParamReader;
import io.paymentledger.gateway.web.MetadataParam;
import io.paymentledger.gateway.web.RequestParams;
import io.paymentledger.messages.paymentintent.MetadataPatch;
import io.paymentledger.messages.paymentintent.RefundReason;
import io.paymentledger.messages.refund.ListRefunds;

import java.util.Map;
import java.util.Set;

/**
 * The parameters of the refund endpoints (docs/api.md §15), read with one {@link ParamReader} each; the charge list
 * shares the list parameters.
 */
public final class RefundParams {

    public static final int MAX_ID = 5000;
    static final long MAXIMUM_AMOUNT = 99_999_999L;
    private static final Set<String> CREATE = Set.of("payment_intent", "charge", "amount", "reason", "metadata",
            "expand");
    private static final Set<String> UPDATE = Set.of("metadata", "expand");
    private static final Set<String> LIST = Set.of("payment_intent", "charge", "created", "limit", "starting_after",
            "ending_before", "expand");

    private RefundParams() {
    }

    /** What {@code POST /v1/refunds} asks for, before the gateway resolves the charge. */
    public record Create(String paymentIntentId, String chargeId, Long amount, RefundReason reason,
                  Map<String, String> metadata) {
    }

    public static Create create(RequestParams request) {
        ParamReader params = ParamReader.of(request).allowOnly(CREATE);
        String intent = params.optionalString("payment_intent", MAX_ID);
        String charge = params.optionalString("charge", MAX_ID);
        if (intent == null && charge == null) {
            throw ParamErrors.missing("charge");
        }
        Long amount = params.integer("amount", 1, MAXIMUM_AMOUNT);
        RefundReason reason = params.enumValue("reason", RefundReason.values(), RefundReason::wireName);
        Map<String, String> metadata = MetadataParam.withoutEmptyValues(params, "metadata");
        params.stringList("expand");
        return new Create(intent, charge, amount, reason, metadata);
    }

    public static MetadataPatch update(RequestParams request) {
        ParamReader params = ParamReader.of(request).allowOnly(UPDATE);
        params.stringList("expand");
        if (params.has("metadata") && params.isEmpty("metadata")) {
            return new MetadataPatch(null, true);
        }
        return new MetadataPatch(MetadataParam.read(params, "metadata"), false);
    }

    public static void none(RequestParams request) {
        ParamReader.of(request).allowOnly(Set.of("expand")).stringList("expand");
    }

    public static ListRefunds list(RequestParams request, String accountId) {
        ParamReader params = ParamReader.of(request).allowOnly(LIST);
        String startingAfter = params.optionalString("starting_after", MAX_ID);
        String endingBefore = params.optionalString("ending_before", MAX_ID);
        if (startingAfter != null && endingBefore != null) {
            throw ParamErrors.exclusive("starting_after", "ending_before");
        }
        params.stringList("expand");
        return new ListRefunds(accountId, params.optionalString("payment_intent", MAX_ID),
                params.optionalString("charge", MAX_ID), ListParams.created(params), ListParams.limit(params), startingAfter, endingBefore);
    }


}
