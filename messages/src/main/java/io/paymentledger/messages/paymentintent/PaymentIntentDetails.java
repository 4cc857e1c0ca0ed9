package io.paymentledger.messages.paymentintent;

import java.util.List;
import java.util.Map;

/**
 * The descriptive fields of an intent: everything but money, status and the payment method. Events carry the
 * complete new set whenever one of them changes, so a projection replaces rather than merges.
 */
public record PaymentIntentDetails(CaptureMethod captureMethod, ConfirmationMethod confirmationMethod,
                                   String customer, String description, Map<String, String> metadata,
                                   List<String> paymentMethodTypes, PaymentMethodOptions paymentMethodOptions,
                                   AutomaticPaymentMethods automaticPaymentMethods, String receiptEmail,
                                   SetupFutureUsage setupFutureUsage, Shipping shipping,
                                   String statementDescriptor, String statementDescriptorSuffix,
                                   MerchantReferences merchantReferences) {
}
