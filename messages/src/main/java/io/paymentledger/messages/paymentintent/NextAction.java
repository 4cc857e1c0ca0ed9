package io.paymentledger.messages.paymentintent;

/**
 * What the customer must do next: {@code type} is {@code redirect_to_url} (when a {@code returnUrl} was given
 * and {@code use_stripe_sdk} was not) or {@code use_stripe_sdk}; for wallets {@code alipay_handle_redirect} or
 * {@code wechat_pay_display_qr_code}. The gateway renders the hosted page's URL.
 */
public record NextAction(String type, String returnUrl) {
}
