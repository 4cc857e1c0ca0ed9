package io.paymentledger.messages.paymentintent;

/**
 * Parameters that only matter for one confirmation attempt. {@code device} is the simulated terminal the card is
 * presented on (docs/api.md §19.3), or null.
 */
public record ConfirmOptions(String returnUrl, OffSession offSession, boolean errorOnRequiresAction,
                             boolean useStripeSdk, String device) {
}
