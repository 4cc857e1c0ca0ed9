package io.paymentledger.gateway.charge;

import io.paymentledger.gateway.refund.RefundParams;
import io.paymentledger.gateway.web.ExpandParam;
import io.paymentledger.gateway.web.Expansions;
import io.paymentledger.gateway.web.ParamErrors;
import io.paymentledger.gateway.web.ListParams;
import io.paymentledger.gateway.web.ParamReader;
import io.paymentledger.gateway.web.RequestParams;
import io.paymentledger.messages.refund.ListCharges;

import java.util.Set;

/** The parameters of the charge endpoints (docs/api.md §15). */
public final class ChargeParams {

    private static final Set<String> EXPANDABLE = Set.of("refunds");
    private static final Set<String> RETRIEVE = Set.of("expand");
    private static final Set<String> LIST = Set.of("payment_intent", "created", "limit", "starting_after",
            "ending_before", "expand");

    private ChargeParams() {
    }

    public static Expansions retrieve(RequestParams request) {
        return ExpandParam.read(ParamReader.of(request).allowOnly(RETRIEVE), false, EXPANDABLE);
    }

    public static ListCharges list(RequestParams request, String accountId) {
        ParamReader params = ParamReader.of(request).allowOnly(LIST);
        String startingAfter = params.optionalString("starting_after", RefundParams.MAX_ID);
        String endingBefore = params.optionalString("ending_before", RefundParams.MAX_ID);
        if (startingAfter != null && endingBefore != null) {
            throw ParamErrors.exclusive("starting_after", "ending_before");
        }
        return new ListCharges(accountId, params.optionalString("payment_intent", RefundParams.MAX_ID),
                ListParams.created(params), ListParams.limit(params), startingAfter, endingBefore);
    }

    public static Expansions listExpansions(RequestParams request) {
        return ExpandParam.read(ParamReader.of(request), true, EXPANDABLE);
    }
}
