package io.paymentledger.messages.paymentintent;

import io.paymentledger.messages.paymentmethod.PaymentMethodInput;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Creates an intent; with a non-null {@code confirm} it is confirmed in the same command. {@code transfers} are made
 * when it succeeds (docs/api.md §19.4); null or empty for none.
 */
public record CreatePaymentIntent(@TargetAggregateIdentifier String paymentIntentId, String accountId, long amount,
                                  String currency, PaymentIntentDetails details, String clientSecret,
                                  PaymentMethodInput paymentMethod, ConfirmOptions confirm,
                                  List<TransferPlan> transfers) {
}
