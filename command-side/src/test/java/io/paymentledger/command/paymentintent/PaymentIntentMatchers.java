package io.paymentledger.command.paymentintent;

import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.paymentintent.*;
import org.axonframework.eventhandling.EventMessage;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
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

    /** One PaymentIntentPaymentFailed with {@code code} on the terminal {@code device} (null: on none). */
    static Matcher<List<EventMessage<?>>> failedOnDevice(PaymentErrorCode code, String device) {
        return events("one PaymentIntentPaymentFailed with code " + code + " on " + device, payloads ->
                payloads.size() == 1 && payloads.get(0) instanceof PaymentIntentPaymentFailed failed
                        && failed.lastPaymentError().error().code() == code
                        && java.util.Objects.equals(failed.lastPaymentError().device(), device));
    }

    /** The last event is of that type. */
    static Matcher<List<EventMessage<?>>> eventsOfType(Class<?> type) {
        return events("events ending with a " + type.getSimpleName(),
                payloads -> !payloads.isEmpty() && type.isInstance(payloads.get(payloads.size() - 1)));
    }

    /** The events leave the intent in {@code status}: the status the last of them implies. */
    static Matcher<List<EventMessage<?>>> leavesIntentIn(PaymentIntentStatus status) {
        return events("events leaving the intent in " + status,
                payloads -> !payloads.isEmpty() && statusAfter(payloads.get(payloads.size() - 1)) == status);
    }

    /** The last published event of {@code type} passes the AssertJ {@code checks}. */
    static <T> Matcher<List<EventMessage<?>>> publishes(Class<T> type, Consumer<T> checks) {
        return events("a " + type.getSimpleName() + " passing the checks", payloads -> {
            List<T> ofType = payloads.stream().filter(type::isInstance).map(type::cast).toList();
            if (ofType.isEmpty()) {
                return false;
            }
            try {
                checks.accept(ofType.get(ofType.size() - 1));
                return true;
            } catch (AssertionError failed) {
                return false;
            }
        });
    }

    private static PaymentIntentStatus statusAfter(Object event) {
        if (event instanceof PaymentIntentUpdated updated) {
            return updated.status();
        }
        if (event instanceof PaymentIntentCreated || event instanceof PaymentMethodDetached
                || event instanceof PaymentIntentPaymentFailed) {
            return PaymentIntentStatus.REQUIRES_PAYMENT_METHOD;
        }
        if (event instanceof PaymentMethodAttached || event instanceof PaymentIntentAuthenticated) {
            return PaymentIntentStatus.REQUIRES_CONFIRMATION;
        }
        if (event instanceof PaymentIntentRequiresAction) {
            return PaymentIntentStatus.REQUIRES_ACTION;
        }
        if (event instanceof PaymentIntentProcessing) {
            return PaymentIntentStatus.PROCESSING;
        }
        if (event instanceof PaymentIntentAmountCapturableUpdated) {
            return PaymentIntentStatus.REQUIRES_CAPTURE;
        }
        if (event instanceof PaymentIntentSucceeded) {
            return PaymentIntentStatus.SUCCEEDED;
        }
        if (event instanceof PaymentIntentCanceled) {
            return PaymentIntentStatus.CANCELED;
        }
        throw new AssertionError("not an event of an intent: " + event);
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
