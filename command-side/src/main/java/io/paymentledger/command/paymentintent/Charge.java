package io.paymentledger.command.paymentintent;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.paymentledger.command.axon.PaymentsProperties;
import io.paymentledger.command.processor.PaymentProcessor;
import io.paymentledger.messages.paymentintent.*;
import io.paymentledger.messages.paymentmethod.PaymentMethod;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.EntityId;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A captured charge of a PaymentIntent, an entity of the intent's aggregate (docs/api.md §15): it owns the amount
 * captured, its refunds and so what is left to refund, and decides every refund under the intent's lock, so that
 * concurrent refunds on several nodes conflict on the event store and never give back more than was captured.
 * A pending refund counts as refunded until it fails; then its amount can be refunded again.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Charge {

    static final String REFUND_SETTLEMENT_DEADLINE = "refund-settlement";

    @EntityId
    private String chargeId;
    private String paymentIntentId;
    private String accountId;
    private String currency;
    private long amountCaptured;
    private PaymentMethod paymentMethod;
    private Map<String, Refund> refunds = new LinkedHashMap<>();
    /** The transfers made out of this charge, by id (docs/api.md §19.4). */
    private Map<String, SentTransfer> transfers = new LinkedHashMap<>();

    /** A refund as the charge needs it: what it holds back and whether the processor still has to answer. */
    record Refund(long amount, RefundStatus status, Map<String, String> metadata) {
    }

    /** A transfer as the charge needs it: what it sent, when, and how much of it stands reversed. */
    record SentTransfer(Transfer transfer, Instant created, long reversed) {
    }

    Charge() {
        // For snapshots.
    }

    /** The charge a capture created: {@code paymentMethod} is the one the intent charged. */
    Charge(PaymentIntentSucceeded captured, String currency, PaymentMethod paymentMethod) {
        this.chargeId = captured.chargeId();
        this.paymentIntentId = captured.paymentIntentId();
        this.accountId = captured.accountId();
        this.currency = currency;
        this.amountCaptured = captured.amountReceived();
        this.paymentMethod = paymentMethod;
    }

    @CommandHandler
    CommandResult handle(RefundCharge command, PaymentProcessor processor, PaymentsProperties properties,
                         DeadlineManager deadlines) {
        long left = amountCaptured - refunded();
        long amount = command.amount() == null ? left : command.amount();
        RefundRules.check(chargeId, amount, left, currency);
        RefundStatus status = processor.refund(paymentMethod, amount);
        apply(new RefundCreated(paymentIntentId, accountId, chargeId, command.refundId(), amount, currency,
                command.reason(), command.metadata() == null ? Map.of() : Map.copyOf(command.metadata()), status));
        reverseTransfers(command.refundId());
        if (status == RefundStatus.PENDING) {
            deadlines.schedule(properties.refundSettlementDelay(), REFUND_SETTLEMENT_DEADLINE,
                    new RefundDue(chargeId, command.refundId()));
        }
        return result();
    }

    @CommandHandler
    CommandResult handle(UpdateRefund command) {
        Refund refund = refund(command.refundId());
        Map<String, String> metadata = RefundRules.patched(refund.metadata(), command.metadata());
        if (!metadata.equals(refund.metadata())) {
            apply(new RefundUpdated(paymentIntentId, accountId, chargeId, command.refundId(), metadata));
        }
        return result();
    }

    @CommandHandler
    CommandResult handle(ExpireRefund command, PaymentProcessor processor) {
        if (refund(command.refundId()).status() != RefundStatus.PENDING) {
            throw RefundRules.notPending(command.refundId());
        }
        settle(command.refundId(), processor);
        return result();
    }

    @DeadlineHandler(deadlineName = REFUND_SETTLEMENT_DEADLINE)
    void onRefundDue(RefundDue due, PaymentProcessor processor) {
        // Every charge of the intent sees the deadline; the test helper may have settled the refund already.
        Refund refund = refunds.get(due.refundId());
        if (chargeId.equals(due.chargeId()) && refund != null && refund.status() == RefundStatus.PENDING) {
            settle(due.refundId(), processor);
        }
    }

    /** Takes back from each transfer the share of the charge refunded so far (TransferShares). */
    private void reverseTransfers(String refundId) {
        long refunded = refunded();
        for (SentTransfer sent : List.copyOf(transfers.values())) {
            long reversedAfter = TransferShares.reversedAfter(sent.transfer().amount(), refunded, amountCaptured);
            if (reversedAfter > sent.reversed()) {
                apply(new TransferReversed(paymentIntentId, accountId, chargeId, refundId,
                        TransferIds.reversal(refundId, sent.transfer().transferId()), sent.transfer(), sent.created(),
                        reversedAfter - sent.reversed(), reversedAfter));
            }
        }
    }

    private void settle(String refundId, PaymentProcessor processor) {
        String failureReason = processor.settleRefund(paymentMethod);
        // Test mode knows no pending refund that later succeeds; a processor that does would apply RefundSucceeded.
        apply(new RefundFailed(paymentIntentId, accountId, chargeId, refundId, refunds.get(refundId).amount(),
                failureReason == null ? "unknown" : failureReason));
    }

    private Refund refund(String refundId) {
        Refund refund = refunds.get(refundId);
        if (refund == null) {
            throw RefundRules.noSuchRefund(refundId);
        }
        return refund;
    }

    private long refunded() {
        return refunds.values().stream().filter(r -> r.status() != RefundStatus.FAILED).mapToLong(Refund::amount).sum();
    }

    private CommandResult result() {
        return new CommandResult(paymentIntentId, AggregateLifecycle.getVersion(), null);
    }

    @EventSourcingHandler
    void on(RefundCreated event) {
        refunds.put(event.refundId(), new Refund(event.amount(), event.status(), event.metadata()));
    }

    @EventSourcingHandler
    void on(TransferCreated event, @Timestamp Instant timestamp) {
        transfers.put(event.transfer().transferId(), new SentTransfer(event.transfer(), timestamp, 0));
    }

    @EventSourcingHandler
    void on(TransferReversed event) {
        transfers.computeIfPresent(event.transfer().transferId(),
                (id, sent) -> new SentTransfer(sent.transfer(), sent.created(), event.amountReversed()));
    }

    @EventSourcingHandler
    void on(RefundFailed event) {
        refunds.computeIfPresent(event.refundId(),
                (id, refund) -> new Refund(refund.amount(), RefundStatus.FAILED, refund.metadata()));
    }

    @EventSourcingHandler
    void on(RefundUpdated event) {
        refunds.computeIfPresent(event.refundId(),
                (id, refund) -> new Refund(refund.amount(), refund.status(), event.metadata()));
    }

    // Value equality: Axon's fixture compares the state a command left with the state its events rebuild.
    @Override
    public boolean equals(Object other) {
        return other instanceof Charge that && chargeId.equals(that.chargeId)
                && paymentIntentId.equals(that.paymentIntentId) && accountId.equals(that.accountId)
                && Objects.equals(currency, that.currency) && amountCaptured == that.amountCaptured
                && Objects.equals(paymentMethod, that.paymentMethod) && refunds.equals(that.refunds)
                && transfers.equals(that.transfers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(chargeId, amountCaptured, refunds);
    }
}
