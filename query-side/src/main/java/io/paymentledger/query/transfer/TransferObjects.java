package io.paymentledger.query.transfer;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.paymentledger.messages.paymentintent.Transfer;
import io.paymentledger.messages.paymentintent.TransferCreated;
import io.paymentledger.messages.paymentintent.TransferReversed;
import io.paymentledger.messages.paymentintent.TransferView;

/**
 * The transfer of a {@code transfer.*} event (docs/api.md §19.4), from the domain event alone: a transfer event
 * carries the transfer and, once reversed, how much of it stands reversed. The transfers read model keeps the same
 * view, with the reversals, for {@code GET /v1/transfers}.
 */
public final class TransferObjects {

    private TransferObjects() {
    }

    /** The transfer right after the event; null for other events. */
    public static TransferView after(Object event, Instant timestamp) {
        if (event instanceof TransferCreated created) {
            return view(created.accountId(), created.paymentIntentId(), created.chargeId(), created.transfer(), 0,
                    timestamp);
        }
        if (event instanceof TransferReversed reversed) {
            return view(reversed.accountId(), reversed.paymentIntentId(), reversed.chargeId(), reversed.transfer(),
                    reversed.amountReversed(), reversed.transferCreated());
        }
        return null;
    }

    /** The transfer before the event: none before its creation, less reversed before a reversal. */
    public static TransferView before(Object event) {
        if (event instanceof TransferReversed reversed) {
            return view(reversed.accountId(), reversed.paymentIntentId(), reversed.chargeId(), reversed.transfer(),
                    reversed.amountReversed() - reversed.amount(), reversed.transferCreated());
        }
        return null;
    }

    private static TransferView view(String accountId, String paymentIntentId, String chargeId, Transfer transfer,
                                     long amountReversed, Instant created) {
        return new TransferView(transfer.transferId(), accountId, transfer.destination(), transfer.amount(),
                amountReversed, transfer.currency(), paymentIntentId, chargeId,
                created == null ? null : created.truncatedTo(ChronoUnit.MICROS));
    }
}
