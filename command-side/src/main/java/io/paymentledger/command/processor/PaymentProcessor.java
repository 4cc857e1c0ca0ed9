package io.paymentledger.command.processor;

import io.paymentledger.messages.paymentintent.RefundStatus;
import io.paymentledger.messages.paymentmethod.PaymentMethod;
import io.paymentledger.messages.paymentmethod.PaymentMethodInput;

import java.util.Optional;

/**
 * The port to the acquirer. Implementations turn card data into payment methods whose
 * {@code processorReference} lets them charge the card later, so the ledger never holds a card number.
 */
public interface PaymentProcessor {

    /** New card data or a token ({@code payment_method_data}) into a new payment method of the account. */
    Tokenization tokenize(String accountId, PaymentMethodInput input);

    /** A processor-defined payment method id (a test id like {@code pm_card_visa}) into a new payment method. */
    Optional<PaymentMethod> resolve(String accountId, String paymentMethodId);

    AuthorizationOutcome authorize(AuthorizationRequest request);

    /** Ends an asynchronous attempt: {@code Approved} or {@code Declined}, never pending again. */
    AuthorizationOutcome settle(SettlementRequest request);

    /** Sends a refund to the card: {@code SUCCEEDED} at once, or {@code PENDING} until {@link #settleRefund}. */
    RefundStatus refund(PaymentMethod paymentMethod, long amount);

    /** Ends a pending refund: null when it succeeded, else Stripe's {@code failure_reason}. */
    String settleRefund(PaymentMethod paymentMethod);
}
