package io.paymentledger.command.paymentintent;

import io.paymentledger.command.axon.PaymentsProperties;
import io.paymentledger.command.processor.TestPaymentProcessor;
import io.paymentledger.messages.error.PaymentErrorCode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/** A fixture of the aggregate with the real test processor (predictable ids) and default settings. */
final class PaymentIntentFixture {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

    private PaymentIntentFixture() {
    }

    static AggregateTestFixture<PaymentIntent> withConfirmationLimit(int confirmationLimit) {
        AggregateTestFixture<PaymentIntent> fixture = new AggregateTestFixture<>(PaymentIntent.class);
        fixture.registerInjectableResource(new TestPaymentProcessor(new SequentialIds()));
        fixture.registerInjectableResource(
                new PaymentsProperties(confirmationLimit, Duration.ofSeconds(10), 50, 0, Duration.ofSeconds(5),
                        Duration.ofSeconds(3), Duration.ofSeconds(10)));
        return fixture;
    }

    static AggregateTestFixture<PaymentIntent> create() {
        return withConfirmationLimit(20);
    }

    static Matcher<PaymentRejectedException> rejectedWith(PaymentErrorCode code) {
        return rejectedWith(code, null, false);
    }

    static Matcher<PaymentRejectedException> rejectedWith(PaymentErrorCode code, String param) {
        return rejectedWith(code, param, true);
    }

    private static Matcher<PaymentRejectedException> rejectedWith(PaymentErrorCode code, String param,
                                                                  boolean checkParam) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(PaymentRejectedException e) {
                return e.error().code() == code && (!checkParam || java.util.Objects.equals(param, e.error().param()));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a PaymentRejectedException with code " + code
                        + (checkParam ? " and param " + param : ""));
            }

            @Override
            protected void describeMismatchSafely(PaymentRejectedException e, Description mismatch) {
                mismatch.appendText("was " + e.error());
            }
        };
    }
}
