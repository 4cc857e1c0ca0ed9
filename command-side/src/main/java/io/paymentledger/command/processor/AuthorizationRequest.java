package io.paymentledger.command.processor;

import io.paymentledger.messages.paymentmethod.PaymentMethod;

/**
 * One confirmation attempt. {@code requestThreeDSecure} is the intent's card option ({@code automatic}, {@code any},
 * {@code challenge} or null); {@code authenticated} says the customer already passed 3-D Secure for this attempt.
 */
public record AuthorizationRequest(String accountId, String paymentIntentId, long amount, String currency,
                                   PaymentMethod paymentMethod, String requestThreeDSecure, boolean offSession,
                                   boolean authenticated) {
}
