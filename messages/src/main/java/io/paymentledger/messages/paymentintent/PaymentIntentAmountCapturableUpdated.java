package io.paymentledger.messages.paymentintent;

/** An attempt was authorized for manual capture: {@code amountCapturable} is held on the card. */
public record PaymentIntentAmountCapturableUpdated(String paymentIntentId, String accountId, String chargeId,
                                                   long amountCapturable)
        implements PaymentIntentEvent {
}
