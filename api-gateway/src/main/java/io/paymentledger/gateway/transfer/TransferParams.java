package io.paymentledger.gateway.transfer;

import io.paymentledger.gateway.web.ExpandParam;
import io.paymentledger.gateway.web.ListParams;
import io.paymentledger.gateway.web.ParamErrors;
import io.paymentledger.gateway.web.ParamReader;
import io.paymentledger.gateway.web.RequestParams;
import io.paymentledger.messages.transfer.ListTransferReversals;
import io.paymentledger.messages.transfer.ListTransfers;

import java.util.Set;

/** The parameters of the transfer endpoints (docs/api.md §19.4); nothing of a transfer can be expanded. */
final class TransferParams {

    private static final int MAX_ID = 5000;
    private static final Set<String> RETRIEVE = Set.of("expand");
    private static final Set<String> LIST = Set.of("created", "destination", "transfer_group", "limit",
            "starting_after", "ending_before", "expand");
    private static final Set<String> LIST_REVERSALS = Set.of("limit", "starting_after", "ending_before", "expand");

    private TransferParams() {
    }

    /** A retrieve takes nothing but an empty expand. */
    static void retrieve(RequestParams request) {
        ExpandParam.read(ParamReader.of(request).allowOnly(RETRIEVE), false, Set.of());
    }

    static ListTransfers list(RequestParams request, String accountId) {
        ParamReader params = ParamReader.of(request).allowOnly(LIST);
        ExpandParam.read(params, true, Set.of());
        Cursors cursors = cursors(params);
        return new ListTransfers(accountId, params.optionalString("destination", MAX_ID),
                params.optionalString("transfer_group", MAX_ID), ListParams.created(params), ListParams.limit(params),
                cursors.startingAfter(), cursors.endingBefore());
    }

    static ListTransferReversals listReversals(RequestParams request, String accountId, String transferId) {
        ParamReader params = ParamReader.of(request).allowOnly(LIST_REVERSALS);
        ExpandParam.read(params, true, Set.of());
        Cursors cursors = cursors(params);
        return new ListTransferReversals(accountId, transferId, ListParams.limit(params), cursors.startingAfter(),
                cursors.endingBefore());
    }

    private record Cursors(String startingAfter, String endingBefore) {
    }

    private static Cursors cursors(ParamReader params) {
        String startingAfter = params.optionalString("starting_after", MAX_ID);
        String endingBefore = params.optionalString("ending_before", MAX_ID);
        if (startingAfter != null && endingBefore != null) {
            throw ParamErrors.exclusive("starting_after", "ending_before");
        }
        return new Cursors(startingAfter, endingBefore);
    }
}
