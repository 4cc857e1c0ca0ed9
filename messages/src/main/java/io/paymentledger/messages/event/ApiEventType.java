package io.paymentledger.messages.event;

import io.paymentledger.messages.paymentintent.PaymentIntentAmountCapturableUpdated;
import io.paymentledger.messages.paymentintent.PaymentIntentCanceled;
import io.paymentledger.messages.paymentintent.PaymentIntentCreated;
import io.paymentledger.messages.paymentintent.PaymentIntentPaymentFailed;
import io.paymentledger.messages.paymentintent.PaymentIntentProcessing;
import io.paymentledger.messages.paymentintent.PaymentIntentRequiresAction;
import io.paymentledger.messages.paymentintent.PaymentIntentSucceeded;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The API event types of docs/api.md §9.2 and the domain event each is derived from (updates, attachments and
 * authentications emit none). Shared by the query side's events projection and the gateway's webhook dispatcher,
 * which must agree on both the type and the event id without depending on each other.
 */
public enum ApiEventType {
    CREATED("payment_intent.created", PaymentIntentCreated.class),
    REQUIRES_ACTION("payment_intent.requires_action", PaymentIntentRequiresAction.class),
    PROCESSING("payment_intent.processing", PaymentIntentProcessing.class),
    AMOUNT_CAPTURABLE_UPDATED("payment_intent.amount_capturable_updated", PaymentIntentAmountCapturableUpdated.class),
    SUCCEEDED("payment_intent.succeeded", PaymentIntentSucceeded.class),
    PAYMENT_FAILED("payment_intent.payment_failed", PaymentIntentPaymentFailed.class),
    CANCELED("payment_intent.canceled", PaymentIntentCanceled.class);

    private final String wireName;
    private final Class<?> domainEvent;

    ApiEventType(String wireName, Class<?> domainEvent) {
        this.wireName = wireName;
        this.domainEvent = domainEvent;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<ApiEventType> of(Object domainEventPayload) {
        for (ApiEventType type : values()) {
            if (type.domainEvent.isInstance(domainEventPayload)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    public static boolean isKnown(String wireName) {
        for (ApiEventType type : values()) {
            if (type.wireName.equals(wireName)) {
                return true;
            }
        }
        return false;
    }

    /** {@code evt_} + 24 hex characters of SHA-256 of the domain event's identifier: the same after any replay. */
    public static String eventId(String domainEventIdentifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(domainEventIdentifier.getBytes(StandardCharsets.UTF_8));
            return "evt_" + HexFormat.of().formatHex(hash).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
