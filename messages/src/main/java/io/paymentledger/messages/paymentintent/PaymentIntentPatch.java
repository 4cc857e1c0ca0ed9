package io.paymentledger.messages.paymentintent;

import io.paymentledger.messages.paymentmethod.PaymentMethodInput;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Changes a request asks for. A null field is left as it is; a field named in {@code unset} is cleared.
 * {@code metadata} is merged (a key mapped to {@code ""} is deleted) after {@code clearMetadata} empties it.
 */
public record PaymentIntentPatch(Long amount, String currency, String customer, String description,
                                 Map<String, String> metadata, boolean clearMetadata,
                                 PaymentMethodInput paymentMethod, List<String> paymentMethodTypes,
                                 PaymentMethodOptions paymentMethodOptions, String receiptEmail,
                                 SetupFutureUsage setupFutureUsage, Shipping shipping, String statementDescriptor,
                                 String statementDescriptorSuffix, CaptureMethod captureMethod,
                                 Set<PatchField> unset) {
}
