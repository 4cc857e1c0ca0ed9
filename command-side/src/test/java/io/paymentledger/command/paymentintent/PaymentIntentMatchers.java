package io.paymentledger.command.paymentintent;

import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.paymentintent.CommandResult;
import io.paymentledger.messages.paymentintent.PaymentIntentPaymentFailed;
import org.axonframework.eventhandling.EventMessage;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/** Hamcrest matchers for events, results and refusals whose ids or payment methods are generated. */
final class PaymentIntentMatchers {

    private PaymentIntentMatchers() {
    }

    /** Exactly one event: a failed payment with that error code. */
    static Matcher<List<EventMessage<?>>> failedWith(PaymentErrorCode code) {
        return events("one PaymentIntentPaymentFailed with code " + code, payloads -> payloads.size() == 1
                && payloads.get(0) instanceof PaymentIntentPaymentFailed failed
                && failed.lastPaymentError().error().code() == code);
    }

    /** The last event is of that type. */
    static Matcher<List<EventMessage<?>>> eventsOfType(Class<?> type) {
        return events("events ending with a " + type.getSimpleName(),
                payloads -> !payloads.isEmpty() && type.isInstance(payloads.get(payloads.size() - 1)));
    }

    static Matcher<CommandResult> declinedWith(String declineCode) {
        return matcher("a result declined with " + declineCode, CommandResult.class,
                result -> result.declineError() != null && declineCode.equals(result.declineError().declineCode()));
    }

    /** A result with that card error code and decline code, or without an error when {@code code} is null. */
    static Matcher<CommandResult> resultWith(PaymentErrorCode code, String declineCode) {
        return matcher("a result with error " + code + "/" + declineCode, CommandResult.class, result -> code == null
                ? result.declineError() == null
                : result.declineError() != null && result.declineError().code() == code
                        && Objects.equals(declineCode, result.declineError().declineCode()));
    }

    static Matcher<PaymentRejectedException> namingNoIntent() {
        return matcher("a refusal naming no intent", PaymentRejectedException.class,
                e -> e.toRejection().paymentIntentId() == null && e.toRejection().version() == null);
    }

    static Matcher<PaymentRejectedException> naming(String paymentIntentId, Long version) {
        return matcher("a refusal naming " + paymentIntentId + " at version " + version,
                PaymentRejectedException.class, e -> paymentIntentId.equals(e.toRejection().paymentIntentId())
                        && Objects.equals(version, e.toRejection().version()));
    }

    private static Matcher<List<EventMessage<?>>> events(String text, Predicate<List<Object>> predicate) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(List<EventMessage<?>> events) {
                return predicate.test(events.stream().map(EventMessage::getPayload).map(Object.class::cast).toList());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(text);
            }
        };
    }

    private static <T> Matcher<T> matcher(String text, Class<T> type, Predicate<T> predicate) {
        return new TypeSafeMatcher<>(type) {
            @Override
            protected boolean matchesSafely(T item) {
                return predicate.test(item);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(text);
            }
        };
    }
}
