package io.paymentledger.messages.paymentintent;

/** Parameters that only matter for one confirmation attempt. */
public record ConfirmOptions(String returnUrl, OffSession offSession, boolean errorOnRequiresAction,
                             boolean useStripeSdk) {
}
