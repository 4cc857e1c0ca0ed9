package io.paymentledger.gateway.balance;

import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.gateway.web.ExpandParam;
import io.paymentledger.gateway.web.ListParams;
import io.paymentledger.gateway.web.ParamErrors;
import io.paymentledger.gateway.web.ParamReader;
import io.paymentledger.gateway.web.RequestParams;
import io.paymentledger.messages.books.ListBalanceTransactions;
import io.paymentledger.messages.error.PaymentErrorCode;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The parameters of the balance and balance transaction endpoints (docs/api.md §16). */
public final class BalanceParams {

    static final int MAX_ID = 5000;
    private static final Set<String> RETRIEVE = Set.of("expand");
    private static final Set<String> LIST = Set.of("created", "type", "source", "currency", "payout", "limit",
            "starting_after", "ending_before", "expand");
    /** Stripe's balance transaction types; this ledger writes charge, refund and refund_failure. */
    static final List<String> TYPES = List.of("adjustment", "advance", "advance_funding", "anticipation_repayment",
            "application_fee", "application_fee_refund", "charge", "climate_order_purchase", "climate_order_refund",
            "connect_collection_transfer", "contribution", "issuing_authorization_hold",
            "issuing_authorization_release", "issuing_dispute", "issuing_transaction", "obligation_outbound",
            "obligation_reversal_inbound", "payment", "payment_failure_refund", "payment_network_reserve_hold",
            "payment_network_reserve_release", "payment_refund", "payment_reversal", "payment_unreconciled", "payout",
            "payout_cancel", "payout_failure", "payout_minimum_balance_hold", "payout_minimum_balance_release",
            "refund", "refund_failure", "reserve_transaction", "reserved_funds", "stripe_fee", "stripe_fx_fee",
            "tax_fee", "topup", "topup_reversal", "transfer", "transfer_cancel", "transfer_failure",
            "transfer_refund");

    private BalanceParams() {
    }

    /** {@code GET /v1/balance} and {@code GET /v1/balance_transactions/{id}} take nothing but an empty expand. */
    public static void retrieve(RequestParams request) {
        ExpandParam.read(ParamReader.of(request).allowOnly(RETRIEVE), false, Set.of());
    }

    public static ListBalanceTransactions list(RequestParams request, String accountId) {
        ParamReader params = ParamReader.of(request).allowOnly(LIST);
        ExpandParam.read(params, true, Set.of());
        String startingAfter = params.optionalString("starting_after", MAX_ID);
        String endingBefore = params.optionalString("ending_before", MAX_ID);
        if (startingAfter != null && endingBefore != null) {
            throw ParamErrors.exclusive("starting_after", "ending_before");
        }
        String payout = params.optionalString("payout", MAX_ID);
        if (payout != null) {
            // Nothing is paid out by this ledger: every payout id is unknown, as Stripe answers an unknown one.
            throw new ApiException(PaymentErrorCode.RESOURCE_MISSING, "No such payout: '" + payout + "'", "payout");
        }
        return new ListBalanceTransactions(accountId, ListParams.created(params), params.oneOfStrings("type", TYPES),
                params.optionalString("source", MAX_ID), currency(params), ListParams.limit(params), startingAfter,
                endingBefore);
    }

    private static String currency(ParamReader params) {
        String currency = params.optionalString("currency", MAX_ID);
        if (currency == null) {
            return null;
        }
        String lower = currency.toLowerCase(Locale.ROOT);
        if (!lower.matches("[a-z]{3}")) {
            throw ParamErrors.invalid("currency", "Invalid currency: " + ParamErrors.abbreviate(currency)
                    + ". Stripe currencies are three-letter ISO codes.");
        }
        return lower;
    }
}
