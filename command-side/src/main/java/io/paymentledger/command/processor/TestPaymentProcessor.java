package io.paymentledger.command.processor;

import io.paymentledger.command.processor.AuthorizationOutcome.Approved;
import io.paymentledger.command.processor.AuthorizationOutcome.Declined;
import io.paymentledger.command.processor.AuthorizationOutcome.Processing;
import io.paymentledger.command.processor.AuthorizationOutcome.RequiresAction;
import io.paymentledger.messages.error.PaymentError;
import io.paymentledger.messages.paymentintent.RefundStatus;
import io.paymentledger.messages.paymentmethod.PaymentMethod;
import io.paymentledger.messages.paymentmethod.ProcessorReferences;

import java.time.Duration;
import java.util.Set;

/**
 * Test mode (docs/api.md §5): the outcome follows the test behaviour the gateway's vault wrote into the payment
 * method's processor reference when it tokenized a test card ({@link TestCardBehaviour}).
 */
public class TestPaymentProcessor implements PaymentProcessor {

    private static final Set<String> FORCED_THREE_D_SECURE = Set.of("any", "challenge");

    private static final Duration DEFAULT_DEVICE_DELAY = Duration.ofSeconds(3);
    private static final Duration DEFAULT_DEVICE_TIMEOUT = Duration.ofSeconds(10);

    private final Ids ids;
    private final Duration deviceDelay;
    private final Duration deviceTimeout;

    public TestPaymentProcessor(Ids ids) {
        this(ids, DEFAULT_DEVICE_DELAY, DEFAULT_DEVICE_TIMEOUT);
    }

    /**
     * @param deviceDelay   how long a simulated terminal takes to approve or decline
     * @param deviceTimeout how long the terminal that never reads a card waits before it gives up
     */
    public TestPaymentProcessor(Ids ids, Duration deviceDelay, Duration deviceTimeout) {
        this.ids = ids;
        this.deviceDelay = deviceDelay;
        this.deviceTimeout = deviceTimeout;
    }

    @Override
    public AuthorizationOutcome authorize(AuthorizationRequest request) {
        TestCardBehaviour behaviour = TestCardBehaviour.fromReference(request.paymentMethod().processorReference());
        String threeDSecure = request.requestThreeDSecure();
        boolean forced = threeDSecure != null && FORCED_THREE_D_SECURE.contains(threeDSecure);
        // docs/api.md §5.2, §17.4: a card that asks for authentication only until it is set up does not ask again
        // off session once a payment has set it up (setup_future_usage=off_session).
        boolean setUp = request.offSession() && behaviour == TestCardBehaviour.AUTHENTICATE_ON_SETUP
                && ProcessorReferences.isSetUpForOffSession(request.paymentMethod().processorReference());
        boolean needsAuthentication = (behaviour.requiresAuthentication() && !setUp) || forced;
        if (needsAuthentication && !request.authenticated()) {
            // Off session nobody can authenticate: such an attempt fails with authentication_required.
            return request.offSession()
                    ? new Declined(ids.next("ch_"), CardErrors.authenticationRequired())
                    : new RequiresAction();
        }
        if (behaviour.asynchronous()) {
            Duration settleAfter = !behaviour.device() ? null
                    : behaviour == TestCardBehaviour.DEVICE_TIMES_OUT ? deviceTimeout : deviceDelay;
            return new Processing(ids.next("ch_"), settleAfter);
        }
        return outcome(ids.next("ch_"), behaviour.decline());
    }

    @Override
    public AuthorizationOutcome settle(SettlementRequest request) {
        TestCardBehaviour behaviour = TestCardBehaviour.fromReference(request.paymentMethod().processorReference());
        return outcome(request.chargeId(), behaviour.decline());
    }

    @Override
    public RefundStatus refund(PaymentMethod paymentMethod, long amount) {
        return refundsFail(paymentMethod) ? RefundStatus.PENDING : RefundStatus.SUCCEEDED;
    }

    @Override
    public String settleRefund(PaymentMethod paymentMethod) {
        return refundsFail(paymentMethod) ? "expired_or_canceled_card" : null;
    }

    private static boolean refundsFail(PaymentMethod paymentMethod) {
        return paymentMethod != null
                && TestCardBehaviour.fromReference(paymentMethod.processorReference()) == TestCardBehaviour.REFUND_FAILS;
    }

    private static AuthorizationOutcome outcome(String chargeId, PaymentError decline) {
        return decline == null ? new Approved(chargeId) : new Declined(chargeId, decline);
    }
}
