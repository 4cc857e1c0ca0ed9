package io.paymentledger.command.processor;

import io.paymentledger.command.processor.AuthorizationOutcome.Approved;
import io.paymentledger.command.processor.AuthorizationOutcome.Declined;
import io.paymentledger.command.processor.AuthorizationOutcome.Processing;
import io.paymentledger.command.processor.AuthorizationOutcome.RequiresAction;
import io.paymentledger.messages.error.PaymentError;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.paymentintent.RefundStatus;
import io.paymentledger.messages.paymentmethod.BillingDetails;
import io.paymentledger.messages.paymentmethod.CardDetails;
import io.paymentledger.messages.paymentmethod.CardInput;
import io.paymentledger.messages.paymentmethod.PaymentMethod;
import io.paymentledger.messages.paymentmethod.PaymentMethodInput;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Test mode (docs/api.md §5): outcomes follow the public test cards and test payment method ids; any other Luhn-valid
 * number is approved. The number only lives for the duration of {@link #tokenize}.
 */
public class TestPaymentProcessor implements PaymentProcessor {

    private static final Set<String> FORCED_THREE_D_SECURE = Set.of("any", "challenge");

    private final TestCards cards = TestCards.load();
    private final CardFingerprints fingerprints;
    private final Ids ids;
    private final Clock clock;

    public TestPaymentProcessor(String fingerprintSecret, Ids ids, Clock clock) {
        this.fingerprints = new CardFingerprints(fingerprintSecret);
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Tokenization tokenize(String accountId, PaymentMethodInput input) {
        CardInput card = input.card();
        if (card == null) {
            return new Tokenization.Rejected(new PaymentError(PaymentErrorCode.PARAMETER_MISSING, null,
                    "Missing required param: payment_method_data[card].", "payment_method_data[card]"));
        }
        if (card.token() != null) {
            return cards.byToken(card.token())
                    .<Tokenization>map(test -> new Tokenization.Tokenized(paymentMethod(accountId, test, input)))
                    .orElseGet(() -> new Tokenization.Rejected(new PaymentError(PaymentErrorCode.RESOURCE_MISSING,
                            null, "No such token: '" + card.token() + "'", "payment_method_data[card][token]")));
        }
        String number = card.number() == null ? null : card.number().replace(" ", "");
        Optional<PaymentError> invalid = CardValidator.validate(number, card, YearMonth.now(clock));
        if (invalid.isPresent()) {
            return new Tokenization.Rejected(invalid.get());
        }
        TestCard test = cards.byNumber(number).orElse(new TestCard(number, "credit", TestCardBehaviour.APPROVE));
        CardDetails details = new CardDetails(CardBrands.brandOf(number), last4(number), card.expMonth(),
                card.expYear(), test.funding(), "US", fingerprints.fingerprint(accountId, number),
                card.cvc() == null ? null : "pass");
        return new Tokenization.Tokenized(paymentMethod(details, test.behaviour(), input));
    }

    @Override
    public Optional<PaymentMethod> resolve(String accountId, String paymentMethodId) {
        return cards.byPaymentMethodId(paymentMethodId)
                .map(test -> paymentMethod(accountId, test, new PaymentMethodInput(paymentMethodId, null, null, null)));
    }

    @Override
    public AuthorizationOutcome authorize(AuthorizationRequest request) {
        TestCardBehaviour behaviour = TestCardBehaviour.fromReference(request.paymentMethod().processorReference());
        String threeDSecure = request.requestThreeDSecure();
        boolean needsAuthentication = behaviour.requiresAuthentication()
                || (threeDSecure != null && FORCED_THREE_D_SECURE.contains(threeDSecure));
        if (needsAuthentication && !request.authenticated()) {
            // Simplification of docs/api.md §5.2: no payment method is ever saved for off-session use, so every
            // off-session attempt that needs authentication fails.
            return request.offSession()
                    ? new Declined(ids.next("ch_"), CardErrors.authenticationRequired())
                    : new RequiresAction();
        }
        if (behaviour.asynchronous()) {
            return new Processing(ids.next("ch_"));
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

    private PaymentMethod paymentMethod(String accountId, TestCard test, PaymentMethodInput input) {
        // Stripe's test payment methods carry a card that expires next year.
        LocalDate today = LocalDate.now(clock);
        CardDetails details = new CardDetails(CardBrands.brandOf(test.number()), last4(test.number()),
                today.getMonthValue(), today.getYear() + 1, test.funding(), "US",
                fingerprints.fingerprint(accountId, test.number()), null);
        return paymentMethod(details, test.behaviour(), input);
    }

    private PaymentMethod paymentMethod(CardDetails card, TestCardBehaviour behaviour, PaymentMethodInput input) {
        BillingDetails billing = input.billingDetails() == null
                ? new BillingDetails(null, null, null, null) : input.billingDetails();
        Map<String, String> metadata = input.metadata() == null ? Map.of() : Map.copyOf(input.metadata());
        return new PaymentMethod(ids.next("pm_"), clock.instant(), "card", card, billing, metadata,
                behaviour.processorReference());
    }

    private static String last4(String number) {
        return number.substring(number.length() - 4);
    }
}
