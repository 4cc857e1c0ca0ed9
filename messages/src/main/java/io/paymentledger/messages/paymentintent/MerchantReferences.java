package io.paymentledger.messages.paymentintent;

/**
 * Extra fields of other gateways' JSON bodies (WooshPay's {@code quantity}, {@code merchant_user_id},
 * {@code merchant_order_id}), stored and echoed only on intents that used them.
 */
public record MerchantReferences(Long quantity, String merchantUserId, String merchantOrderId) {
}
