package io.paymentledger.messages.paymentintent;

import java.time.Instant;

/**
 * The charge of one attempt; {@code status} is {@code succeeded}, {@code pending} or {@code failed};
 * {@code amountRefunded} counts its succeeded and pending refunds, and the released amount of a canceled
 * authorization (0 in views stored before refunds existed). Rendered as a charge through
 * {@link io.paymentledger.messages.refund.ChargeDetailView#latestOf}.
 */
public record ChargeView(String id, long amount, long amountCaptured, boolean captured, Instant created,
                         String currency, String status, String failureCode, String failureMessage,
                         String declineCode, String paymentMethodId, long amountRefunded) {

    /** A charge nothing was refunded of. */
    public ChargeView(String id, long amount, long amountCaptured, boolean captured, Instant created,
                      String currency, String status, String failureCode, String failureMessage,
                      String declineCode, String paymentMethodId) {
        this(id, amount, amountCaptured, captured, created, currency, status, failureCode, failureMessage,
                declineCode, paymentMethodId, 0);
    }

    /** The same charge with {@code change} more refunded (negative when a refund failed). */
    public ChargeView refunding(long change) {
        return new ChargeView(id, amount, amountCaptured, captured, created, currency, status, failureCode,
                failureMessage, declineCode, paymentMethodId, amountRefunded + change);
    }
}
