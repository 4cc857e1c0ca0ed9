package io.paymentledger.messages.paymentintent;

import java.util.Map;

/**
 * Totals of one currency in minor units: {@code capturable} is authorized and still capturable, {@code captured}
 * is collected, {@code released} is authorizations given back on cancel or partial capture, {@code refunded} is
 * given back by succeeded and pending refunds.
 */
public record CurrencyBalance(String currency, long capturable, long captured, long released, long refunded,
                             Map<PaymentIntentStatus, Long> countByStatus) {
}
