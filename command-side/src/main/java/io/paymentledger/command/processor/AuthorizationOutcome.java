package io.paymentledger.command.processor;

import java.time.Duration;

import io.paymentledger.messages.error.PaymentError;

/** How the processor answered an authorization or a settlement. */
public sealed interface AuthorizationOutcome {

    /** The charge was approved; capture follows the intent's capture method. */
    record Approved(String chargeId) implements AuthorizationOutcome {
    }

    /** The customer must authenticate (3-D Secure) first; no charge exists yet. */
    record RequiresAction() implements AuthorizationOutcome {
    }

    /**
     * Accepted for asynchronous settlement; {@code chargeId} is pending. {@code settleAfter} is when the processor
     * answers (a terminal's delay), or null for the ledger's settlement delay.
     */
    record Processing(String chargeId, Duration settleAfter) implements AuthorizationOutcome {
    }

    /** Declined with a card error; {@code chargeId} is the failed charge. */
    record Declined(String chargeId, PaymentError error) implements AuthorizationOutcome {
    }
}
