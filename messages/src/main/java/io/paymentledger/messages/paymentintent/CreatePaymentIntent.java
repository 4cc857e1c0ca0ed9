package io.paymentledger.messages.paymentintent;

import io.paymentledger.messages.paymentmethod.PaymentMethodInput;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Creates an intent; with a non-null {@code confirm} it is confirmed in the same command. */
public record CreatePaymentIntent(@TargetAggregateIdentifier String paymentIntentId, String accountId, long amount,
                                  String currency, PaymentIntentDetails details, String clientSecret,
                                  PaymentMethodInput paymentMethod, ConfirmOptions confirm) {
}
