package io.paymentledger.query.balance;

import io.paymentledger.messages.paymentintent.BalancesView;
import io.paymentledger.messages.paymentintent.FindBalances;
import io.paymentledger.messages.paymentintent.PaymentIntentAmountCapturableUpdated;
import io.paymentledger.messages.paymentintent.PaymentIntentCanceled;
import io.paymentledger.messages.paymentintent.PaymentIntentCreated;
import io.paymentledger.messages.paymentintent.PaymentIntentEvent;
import io.paymentledger.messages.paymentintent.PaymentIntentStatus;
import io.paymentledger.messages.paymentintent.PaymentIntentSucceeded;
import io.paymentledger.messages.paymentintent.PaymentIntentUpdated;
import io.paymentledger.messages.paymentintent.RefundCreated;
import io.paymentledger.messages.paymentintent.RefundFailed;
import io.paymentledger.query.axon.BatchRows;
import io.paymentledger.query.paymentintent.PaymentIntentState;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Per account and currency: capturable, captured, released and refunded totals and intent counts by status, summed over
 * each intent's own contribution row. Redelivered events (sequence ≤ version) are skipped.
 */
@Component
@ProcessingGroup(BalanceProjection.PROCESSING_GROUP)
public class BalanceProjection {

    public static final String PROCESSING_GROUP = "balances";

    private final BalanceRows rows;
    private final BatchRows<TrackedIntent> intents;

    BalanceProjection(BalanceRows rows) {
        this.rows = rows;
        this.intents = new BatchRows<>(PROCESSING_GROUP, rows.batchStore());
    }

    @EventHandler
    void on(PaymentIntentCreated event, @SequenceNumber long sequence) {
        if (intents.find(event.paymentIntentId()).isPresent()) {
            return;
        }
        intents.save(event.paymentIntentId(), new TrackedIntent(event.paymentIntentId(), event.accountId(), event.currency(),
                PaymentIntentStatus.REQUIRES_PAYMENT_METHOD, 0, 0, 0, 0, sequence));
    }

    /** Events that move no money; Axon routes the others to their more specific handlers. */
    @EventHandler
    void on(PaymentIntentEvent event, @SequenceNumber long sequence) {
        track(event.paymentIntentId(), event, sequence, 0, 0, 0);
    }

    @EventHandler
    void on(RefundCreated event, @SequenceNumber long sequence) {
        track(event.paymentIntentId(), event, sequence, 0, 0, event.amount());
    }

    @EventHandler
    void on(RefundFailed event, @SequenceNumber long sequence) {
        track(event.paymentIntentId(), event, sequence, 0, 0, -event.amount());
    }

    @EventHandler
    void on(PaymentIntentSucceeded event, @SequenceNumber long sequence) {
        track(event.paymentIntentId(), event, sequence, event.amountReceived(), event.amountReleased(), 0);
    }

    @EventHandler
    void on(PaymentIntentCanceled event, @SequenceNumber long sequence) {
        track(event.paymentIntentId(), event, sequence, 0, event.amountReleased(), 0);
    }

    @QueryHandler
    BalancesView handle(FindBalances query) {
        return new BalancesView(query.accountId(), rows.balances(query.accountId()));
    }

    @ResetHandler
    void reset() {
        rows.deleteAll();
    }

    private void track(String paymentIntentId, PaymentIntentEvent event, long sequence, long captured, long released,
                       long refunded) {
        intents.find(paymentIntentId)
               .filter(before -> before.version() < sequence)
               .ifPresent(before -> intents.save(paymentIntentId,
                       after(before, event, sequence, captured, released, refunded)));
    }

    private static TrackedIntent after(TrackedIntent before, PaymentIntentEvent event, long sequence, long captured,
                                       long released, long refunded) {
        PaymentIntentStatus status = PaymentIntentState.statusAfter(before.status(), event);
        String currency = event instanceof PaymentIntentUpdated updated ? updated.currency() : before.currency();
        long capturable;
        if (event instanceof PaymentIntentAmountCapturableUpdated authorized) {
            capturable = authorized.amountCapturable();
        } else {
            capturable = status == PaymentIntentStatus.REQUIRES_CAPTURE ? before.amountCapturable() : 0;
        }
        return new TrackedIntent(before.paymentIntentId(), before.accountId(), currency, status, capturable,
                before.amountCaptured() + captured, before.amountReleased() + released, before.amountRefunded() + refunded,
                sequence);
    }
}
