package io.paymentledger.messages.event;

import io.paymentledger.messages.paymentintent.PaymentIntentAmountCapturableUpdated;
import io.paymentledger.messages.paymentintent.PaymentIntentCanceled;
import io.paymentledger.messages.paymentintent.PaymentIntentCreated;
import io.paymentledger.messages.paymentintent.PaymentIntentPaymentFailed;
import io.paymentledger.messages.paymentintent.PaymentIntentProcessing;
import io.paymentledger.messages.paymentintent.PaymentIntentRequiresAction;
import io.paymentledger.messages.paymentintent.PaymentIntentSucceeded;
import io.paymentledger.messages.paymentintent.RefundCreated;
import io.paymentledger.messages.paymentintent.RefundFailed;
import io.paymentledger.messages.paymentintent.RefundUpdated;
import io.paymentledger.messages.paymentintent.TransferCreated;
import io.paymentledger.messages.paymentintent.TransferReversed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The API event types of docs/api.md §9.2, the object each carries, and which of them a domain event gives, in order
 * (updates, attachments and authentications give none). Shared by the query side's events projection and the
 * gateway's webhook dispatcher, which must agree on the types and the event ids without depending on each other.
 */
public enum ApiEventType {
    PAYMENT_INTENT_CREATED("payment_intent.created", ApiEventObject.Kind.PAYMENT_INTENT),
    PAYMENT_INTENT_REQUIRES_ACTION("payment_intent.requires_action", ApiEventObject.Kind.PAYMENT_INTENT),
    PAYMENT_INTENT_PROCESSING("payment_intent.processing", ApiEventObject.Kind.PAYMENT_INTENT),
    PAYMENT_INTENT_AMOUNT_CAPTURABLE_UPDATED("payment_intent.amount_capturable_updated",
            ApiEventObject.Kind.PAYMENT_INTENT),
    PAYMENT_INTENT_SUCCEEDED("payment_intent.succeeded", ApiEventObject.Kind.PAYMENT_INTENT),
    PAYMENT_INTENT_PAYMENT_FAILED("payment_intent.payment_failed", ApiEventObject.Kind.PAYMENT_INTENT),
    PAYMENT_INTENT_CANCELED("payment_intent.canceled", ApiEventObject.Kind.PAYMENT_INTENT),
    CHARGE_PENDING("charge.pending", ApiEventObject.Kind.CHARGE),
    CHARGE_SUCCEEDED("charge.succeeded", ApiEventObject.Kind.CHARGE),
    CHARGE_CAPTURED("charge.captured", ApiEventObject.Kind.CHARGE),
    CHARGE_FAILED("charge.failed", ApiEventObject.Kind.CHARGE),
    CHARGE_REFUNDED("charge.refunded", ApiEventObject.Kind.CHARGE),
    CHARGE_REFUND_UPDATED("charge.refund.updated", ApiEventObject.Kind.REFUND),
    REFUND_CREATED("refund.created", ApiEventObject.Kind.REFUND),
    REFUND_UPDATED("refund.updated", ApiEventObject.Kind.REFUND),
    REFUND_FAILED("refund.failed", ApiEventObject.Kind.REFUND),
    TRANSFER_CREATED("transfer.created", ApiEventObject.Kind.TRANSFER),
    TRANSFER_REVERSED("transfer.reversed", ApiEventObject.Kind.TRANSFER);

    private final String wireName;
    private final ApiEventObject.Kind object;

    ApiEventType(String wireName, ApiEventObject.Kind object) {
        this.wireName = wireName;
        this.object = object;
    }

    public String wireName() {
        return wireName;
    }

    /** What {@code data.object} of an event of this type is. */
    public ApiEventObject.Kind object() {
        return object;
    }

    /**
     * The API events of a domain event, in the order they are listed and sent, as Stripe sends them for the same
     * change. {@code authorized}: the intent held an uncaptured authorization before the event (its status was
     * {@code requires_capture}), so that a capture is {@code charge.captured}, not {@code charge.succeeded}.
     */
    public static List<ApiEventType> of(Object domainEvent, boolean authorized) {
        if (domainEvent instanceof PaymentIntentCreated) {
            return List.of(PAYMENT_INTENT_CREATED);
        } else if (domainEvent instanceof PaymentIntentRequiresAction) {
            return List.of(PAYMENT_INTENT_REQUIRES_ACTION);
        } else if (domainEvent instanceof PaymentIntentProcessing) {
            return List.of(PAYMENT_INTENT_PROCESSING, CHARGE_PENDING);
        } else if (domainEvent instanceof PaymentIntentAmountCapturableUpdated) {
            return List.of(PAYMENT_INTENT_AMOUNT_CAPTURABLE_UPDATED, CHARGE_SUCCEEDED);
        } else if (domainEvent instanceof PaymentIntentSucceeded) {
            return List.of(PAYMENT_INTENT_SUCCEEDED, authorized ? CHARGE_CAPTURED : CHARGE_SUCCEEDED);
        } else if (domainEvent instanceof PaymentIntentPaymentFailed failed) {
            return failed.chargeId() == null ? List.of(PAYMENT_INTENT_PAYMENT_FAILED)
                    : List.of(PAYMENT_INTENT_PAYMENT_FAILED, CHARGE_FAILED);
        } else if (domainEvent instanceof PaymentIntentCanceled canceled) {
            // Canceling an authorization refunds the uncaptured charge (docs/api.md §15.6).
            return canceled.amountReleased() > 0 ? List.of(PAYMENT_INTENT_CANCELED, CHARGE_REFUNDED)
                    : List.of(PAYMENT_INTENT_CANCELED);
        } else if (domainEvent instanceof RefundCreated) {
            return List.of(REFUND_CREATED, CHARGE_REFUNDED);
        } else if (domainEvent instanceof RefundUpdated) {
            return List.of(REFUND_UPDATED, CHARGE_REFUND_UPDATED);
        } else if (domainEvent instanceof RefundFailed) {
            return List.of(REFUND_FAILED, REFUND_UPDATED, CHARGE_REFUND_UPDATED);
        } else if (domainEvent instanceof TransferCreated) {
            return List.of(TRANSFER_CREATED);
        } else if (domainEvent instanceof TransferReversed) {
            return List.of(TRANSFER_REVERSED);
        }
        return List.of();
    }

    public static Optional<ApiEventType> ofWireName(String wireName) {
        for (ApiEventType type : values()) {
            if (type.wireName.equals(wireName)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    public static boolean isKnown(String wireName) {
        return ofWireName(wireName).isPresent();
    }

    /**
     * The id of the {@code index}-th API event of a domain event: {@code evt_} + 24 hex characters of SHA-256 of
     * the domain event's identifier (the first event; the id every event had when each gave at most one), or of
     * the identifier and {@code #index} (the others). The same after any replay.
     */
    public static String eventId(String domainEventIdentifier, int index) {
        return eventId(index == 0 ? domainEventIdentifier : domainEventIdentifier + "#" + index);
    }

    private static String eventId(String seed) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            return "evt_" + HexFormat.of().formatHex(hash).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
