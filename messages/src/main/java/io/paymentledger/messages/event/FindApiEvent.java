package io.paymentledger.messages.event;

/** Answered with {@code Optional<ApiEventView>}; an event of another account is not found. */
public record FindApiEvent(String accountId, String eventId) {
}
