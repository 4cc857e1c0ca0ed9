package io.paymentledger.command.paymentintent;

import io.paymentledger.command.processor.Currency;
import io.paymentledger.command.processor.CurrencyTable;
import io.paymentledger.messages.error.PaymentErrorCode;

import io.paymentledger.messages.paymentintent.TransferPlan;

import java.math.BigDecimal;
import java.util.List;

/** Amount and currency rules of docs/api.md §1.1: a supported currency, at least its minimum, at most eight digits. */
final class MoneyRules {

    static final long MAXIMUM_AMOUNT = 99_999_999L;

    private MoneyRules() {
    }

    /** The supported currency in lowercase; refuses an unknown one. */
    static Currency currency(String code) {
        return CurrencyTable.standard().find(code).orElseThrow(() -> new PaymentRejectedException(
                PaymentErrorCode.INVALID_REQUEST, "Invalid currency: " + code + ".", "currency"));
    }

    static void checkAmount(long amount, Currency currency) {
        if (amount < currency.minimumAmount()) {
            throw new PaymentRejectedException(PaymentErrorCode.AMOUNT_TOO_SMALL,
                    "Amount must be at least " + major(currency.minimumAmount(), currency), "amount");
        }
        if (amount > MAXIMUM_AMOUNT) {
            throw new PaymentRejectedException(PaymentErrorCode.AMOUNT_TOO_LARGE,
                    "Amount must be no more than " + major(MAXIMUM_AMOUNT, currency), "amount");
        }
    }

    /** A capture takes at least one unit and at most what the authorization holds. */
    static void checkCapture(long amountToCapture, long amountCapturable) {
        if (amountToCapture < 1 || amountToCapture > amountCapturable) {
            throw new PaymentRejectedException(PaymentErrorCode.AMOUNT_TOO_LARGE,
                    "The requested capture amount is greater than the amount you can capture for this charge.",
                    "amount_to_capture");
        }
    }

    /**
     * Transfers (docs/api.md §19.4): at most one per destination, none to the intent's own account is checked by the
     * gateway; each at least one unit, together at most the intent's amount.
     */
    static void checkTransfers(List<TransferPlan> transfers, long amount) {
        long total = 0;
        for (TransferPlan transfer : transfers) {
            if (transfer.amount() < 1) {
                throw new PaymentRejectedException(PaymentErrorCode.INVALID_REQUEST,
                        "A transfer's amount must be at least 1.", "transfers");
            }
            total += transfer.amount();
        }
        if (total > amount) {
            throw new PaymentRejectedException(PaymentErrorCode.AMOUNT_TOO_LARGE, "The transfers' total (" + total
                    + ") is greater than the payment's amount (" + amount + ").", "transfers");
        }
        if (transfers.stream().map(TransferPlan::destination).distinct().count() < transfers.size()) {
            throw new PaymentRejectedException(PaymentErrorCode.INVALID_REQUEST,
                    "At most one transfer per destination account.", "transfers");
        }
    }

    private static String major(long minorUnits, Currency currency) {
        return BigDecimal.valueOf(minorUnits, currency.exponent()).toPlainString() + " " + currency.code();
    }
}
