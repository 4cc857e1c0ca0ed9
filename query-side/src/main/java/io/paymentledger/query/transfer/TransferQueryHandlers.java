package io.paymentledger.query.transfer;

import io.paymentledger.messages.paymentintent.TransferView;
import io.paymentledger.messages.transfer.FindTransfer;
import io.paymentledger.messages.transfer.FindTransferReversal;
import io.paymentledger.messages.transfer.ListTransferReversals;
import io.paymentledger.messages.transfer.ListTransfers;
import io.paymentledger.messages.transfer.TransferDetailView;
import io.paymentledger.messages.transfer.TransferGroups;
import io.paymentledger.messages.transfer.TransferPage;
import io.paymentledger.messages.transfer.TransferReversalPage;
import io.paymentledger.messages.transfer.TransferReversalView;
import io.paymentledger.query.charge.Cursor;
import io.paymentledger.query.charge.Pages;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers the transfer queries from the transfers read model, always within the paying account: another account's
 * transfer is not found. A transfer comes with the first {@value #REVERSALS_SHOWN} of its reversals, as on Stripe.
 */
@Component
class TransferQueryHandlers {

    static final int REVERSALS_SHOWN = 10;

    private final TransferRows rows;

    TransferQueryHandlers(TransferRows rows) {
        this.rows = rows;
    }

    @QueryHandler
    Optional<TransferDetailView> handle(FindTransfer query) {
        return rows.transfer(query.accountId(), query.transferId()).map(this::withReversals);
    }

    @QueryHandler
    Optional<TransferReversalView> handle(FindTransferReversal query) {
        return rows.reversal(query.accountId(), query.transferId(), query.reversalId());
    }

    @QueryHandler
    TransferPage handle(ListTransfers query) {
        Map<String, String> equal = new LinkedHashMap<>();
        equal.put("destination", query.destination());
        if (query.transferGroup() != null) {
            Optional<String> intent = TransferGroups.paymentIntentOf(query.transferGroup());
            if (intent.isEmpty()) {
                return new TransferPage(List.of(), false);
            }
            equal.put("payment_intent_id", intent.get());
        }
        String account = query.accountId();
        Pages.Page<TransferView> page = Pages.page(query.limit(), query.endingBefore() != null,
                (older, newer, fetch) -> rows.transfers(account, equal, query.created(), older, newer, fetch),
                Pages.cursor(query.startingAfter(), query.endingBefore(), id -> rows.transfer(account, id)
                        .map(t -> new Cursor(t.created(), t.id())), "transfer"));
        return new TransferPage(page.data().stream().map(this::withReversals).toList(), page.hasMore());
    }

    @QueryHandler
    TransferReversalPage handle(ListTransferReversals query) {
        String account = query.accountId();
        String transfer = query.transferId();
        Pages.Page<TransferReversalView> page = Pages.page(query.limit(), query.endingBefore() != null,
                (older, newer, fetch) -> rows.reversals(account, transfer, older, newer, fetch),
                Pages.cursor(query.startingAfter(), query.endingBefore(), id -> rows.reversal(account, transfer, id)
                        .map(r -> new Cursor(r.created(), r.id())), "transfer reversal"));
        return new TransferReversalPage(page.data(), page.hasMore());
    }

    private TransferDetailView withReversals(TransferView transfer) {
        Pages.Page<TransferReversalView> reversals = Pages.page(REVERSALS_SHOWN, false,
                (older, newer, fetch) -> rows.reversals(transfer.accountId(), transfer.id(), older, newer, fetch),
                null);
        return new TransferDetailView(transfer, new TransferReversalPage(reversals.data(), reversals.hasMore()));
    }
}
