package io.paymentledger.query.transfer;

import io.paymentledger.messages.paymentintent.TransferCreated;
import io.paymentledger.messages.paymentintent.TransferReversed;
import io.paymentledger.messages.paymentintent.TransferView;
import io.paymentledger.messages.transfer.TransferReversalView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Keeps the transfers read model (docs/api.md §19.4) in step with the transfer events: a row per transfer and per
 * reversal, keyed by the ids the events carry and written once, so a redelivered or replayed event changes nothing
 * twice. The transfer's fields are those of its {@code transfer.*} events ({@link TransferObjects}); times come from
 * the events.
 */
@Component
@ProcessingGroup(TransferProjection.PROCESSING_GROUP)
public class TransferProjection {

    public static final String PROCESSING_GROUP = "transfers";

    private final TransferRows rows;

    TransferProjection(TransferRows rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(TransferCreated event, @Timestamp Instant timestamp) {
        rows.insertTransfer(TransferObjects.after(event, timestamp));
    }

    @EventHandler
    void on(TransferReversed event, @Timestamp Instant timestamp) {
        // The event carries the whole transfer: the row exists even if its creation were not applied.
        TransferView transfer = TransferObjects.after(event, timestamp);
        rows.insertTransfer(transfer);
        rows.insertReversal(new TransferReversalView(event.reversalId(), transfer.id(), event.accountId(),
                event.refundId(), event.amount(), transfer.currency(), timestamp.truncatedTo(ChronoUnit.MICROS)));
        rows.amountReversed(transfer.id(), event.amountReversed());
    }

    @ResetHandler
    void reset() {
        rows.deleteAll();
    }
}
