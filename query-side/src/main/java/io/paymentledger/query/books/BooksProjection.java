package io.paymentledger.query.books;

import io.paymentledger.messages.books.BalanceTransactionIds;
import io.paymentledger.messages.books.BalanceTransactionView;
import io.paymentledger.messages.paymentintent.PaymentIntentAmountCapturableUpdated;
import io.paymentledger.messages.paymentintent.PaymentIntentCanceled;
import io.paymentledger.messages.paymentintent.PaymentIntentCreated;
import io.paymentledger.messages.paymentintent.PaymentIntentEvent;
import io.paymentledger.messages.paymentintent.PaymentIntentPaymentFailed;
import io.paymentledger.messages.paymentintent.PaymentIntentProcessing;
import io.paymentledger.messages.paymentintent.PaymentIntentSucceeded;
import io.paymentledger.messages.paymentintent.PaymentIntentUpdated;
import io.paymentledger.messages.paymentintent.RefundCreated;
import io.paymentledger.messages.paymentintent.RefundFailed;
import io.paymentledger.messages.paymentintent.Transfer;
import io.paymentledger.messages.paymentintent.TransferCreated;
import io.paymentledger.messages.paymentintent.TransferReversed;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static io.paymentledger.query.books.Transfers.CARD_CLEARING;
import static io.paymentledger.query.books.Transfers.FEE_REVENUE;
import static io.paymentledger.query.books.Transfers.MERCHANT_BALANCE;
import static io.paymentledger.query.books.Transfers.TRANSFER_CLEARING;

/**
 * The books (docs/books.md): every money movement of an intent becomes one journal entry of two-phase transfers,
 * and what reaches the merchant's balance a Stripe balance transaction. An authorization (or an asynchronous
 * attempt) is a pending transfer; a capture posts it, a partial one voiding the rest; a cancel, the 7-day expiry or
 * a failed attempt voids it; a refund is a posted transfer back and a failed refund reverses it; a transfer to
 * another account and its reversals are an entry in each account. Each intent's
 * books_intent row holds the sequence number of its latest applied event, so a redelivered event changes nothing;
 * ids and times come from the events, so a replay writes the same rows.
 */
@Component
@ProcessingGroup(BooksProjection.PROCESSING_GROUP)
public class BooksProjection {

    public static final String PROCESSING_GROUP = "books";

    private final JournalRows journal;
    private final BalanceTransactionRows transactions;
    private final BooksProperties properties;

    BooksProjection(JournalRows journal, BalanceTransactionRows transactions, BooksProperties properties) {
        this.journal = journal;
        this.transactions = transactions;
        this.properties = properties;
    }

    @EventHandler
    void on(PaymentIntentEvent event, @Timestamp Instant timestamp, @SequenceNumber long sequence) {
        Instant at = timestamp.truncatedTo(ChronoUnit.MICROS);
        if (event instanceof PaymentIntentCreated created) {
            if (journal.intent(created.paymentIntentId()).isEmpty()) {
                journal.saveIntent(new BooksIntent(created.paymentIntentId(), created.accountId(),
                        created.currency(), null, 0, sequence), false);
            }
            return;
        }
        journal.intent(event.paymentIntentId()).filter(intent -> intent.version() < sequence).ifPresent(intent -> {
            BooksIntent next = apply(intent, event, at, JournalEntry.idOf(intent.paymentIntentId(), sequence));
            if (next != null) {
                journal.saveIntent(next.withVersion(sequence), true);
            }
        });
    }

    @ResetHandler
    void reset() {
        transactions.deleteAll();
        journal.deleteAll();
    }

    /** Writes the entry (and balance transaction) of {@code event}; answers the intent's new fold, null if unchanged. */
    private BooksIntent apply(BooksIntent intent, PaymentIntentEvent event, Instant at, String entryId) {
        if (event instanceof PaymentIntentUpdated updated) {
            return updated.currency().equals(intent.currency()) ? null : intent.withCurrency(updated.currency());
        } else if (event instanceof PaymentIntentAmountCapturableUpdated authorized) {
            return hold(intent, JournalEntry.AUTHORIZATION, authorized.chargeId(), authorized.amountCapturable(),
                    at, entryId);
        } else if (event instanceof PaymentIntentProcessing processing) {
            return hold(intent, JournalEntry.PROCESSING, processing.chargeId(), processing.amount(), at, entryId);
        } else if (event instanceof PaymentIntentSucceeded succeeded) {
            return capture(intent, succeeded, at, entryId);
        } else if (event instanceof PaymentIntentPaymentFailed failed) {
            return release(intent, failed.chargeId(), at, entryId);
        } else if (event instanceof PaymentIntentCanceled) {
            return release(intent, null, at, entryId);
        } else if (event instanceof RefundCreated refund) {
            write(intent, entryId, JournalEntry.REFUND, refund.refundId(), null, refund.amount(), at,
                    Transfers.posted(MERCHANT_BALANCE, CARD_CLEARING, refund.amount()));
            record(intent, entryId, BalanceTransactionIds.REFUND, refund.refundId(), -refund.amount(), 0, at, at);
            return intent;
        } else if (event instanceof TransferCreated created) {
            Transfer transfer = created.transfer();
            // A transfer's money follows its charge: available when the charge's is (docs/api.md §19.4).
            between(intent, entryId, JournalEntry.TRANSFER, transfer.transferId(), intent.accountId(),
                    transfer.destination(), transfer.amount(), at, BalanceTransactionIds.TRANSFER,
                    at.plus(properties.settlementDelay()));
            return intent;
        } else if (event instanceof TransferReversed reversed) {
            between(intent, entryId, JournalEntry.TRANSFER_REVERSAL, reversed.reversalId(),
                    reversed.transfer().destination(), intent.accountId(), reversed.amount(), at,
                    BalanceTransactionIds.TRANSFER_REFUND, at);
            return intent;
        } else if (event instanceof RefundFailed failed) {
            write(intent, entryId, JournalEntry.REFUND_FAILURE, failed.refundId(), null, failed.amount(), at,
                    Transfers.posted(CARD_CLEARING, MERCHANT_BALANCE, failed.amount()));
            record(intent, entryId, BalanceTransactionIds.REFUND_FAILURE, failed.refundId(), failed.amount(), 0, at,
                    at);
            return intent;
        }
        return null;
    }

    /** A pending transfer from the card network to the merchant; a hold still open is voided first. */
    private BooksIntent hold(BooksIntent intent, String kind, String chargeId, long amount, Instant at,
                             String entryId) {
        List<Posting> postings = new ArrayList<>();
        if (intent.holdsPending()) {
            postings.addAll(Transfers.voidPending(CARD_CLEARING, MERCHANT_BALANCE, intent.pendingAmount()));
        }
        postings.addAll(Transfers.pending(CARD_CLEARING, MERCHANT_BALANCE, amount));
        write(intent, entryId, kind, chargeId, intent.pendingEntryId(), amount, at, postings);
        return intent.withPending(entryId, amount);
    }

    /** Posts the captured amount (of the open hold, voiding the rest, or at once) and the account's fee. */
    private BooksIntent capture(BooksIntent intent, PaymentIntentSucceeded succeeded, Instant at, String entryId) {
        long received = succeeded.amountReceived();
        List<Posting> postings = new ArrayList<>();
        String kind = JournalEntry.CHARGE;
        if (intent.holdsPending()) {
            kind = JournalEntry.CAPTURE;
            long posted = Math.min(received, intent.pendingAmount());
            if (posted > 0) {
                postings.addAll(Transfers.postPending(CARD_CLEARING, MERCHANT_BALANCE, posted));
            }
            if (intent.pendingAmount() > posted) {
                postings.addAll(Transfers.voidPending(CARD_CLEARING, MERCHANT_BALANCE, intent.pendingAmount() - posted));
            }
            if (received > posted) {
                postings.addAll(Transfers.posted(CARD_CLEARING, MERCHANT_BALANCE, received - posted));
            }
        } else if (received > 0) {
            postings.addAll(Transfers.posted(CARD_CLEARING, MERCHANT_BALANCE, received));
        }
        long fee = properties.feeOf(intent.accountId(), received);
        if (fee > 0) {
            postings.addAll(Transfers.posted(MERCHANT_BALANCE, FEE_REVENUE, fee));
        }
        write(intent, entryId, kind, succeeded.chargeId(), intent.pendingEntryId(), received, at, postings);
        if (received > 0) {
            record(intent, entryId, BalanceTransactionIds.CHARGE, succeeded.chargeId(), received, fee, at,
                    at.plus(properties.settlementDelay()));
        }
        return intent.withPending(null, 0);
    }

    /** Voids the open hold (cancel, 7-day expiry, failed asynchronous attempt); nothing when none is open. */
    private BooksIntent release(BooksIntent intent, String chargeId, Instant at, String entryId) {
        if (!intent.holdsPending()) {
            return null;
        }
        write(intent, entryId, JournalEntry.VOID, chargeId, intent.pendingEntryId(), intent.pendingAmount(), at,
                Transfers.voidPending(CARD_CLEARING, MERCHANT_BALANCE, intent.pendingAmount()));
        return intent.withPending(null, 0);
    }

    /**
     * Money from one account of the ledger to another: an entry in each, balanced through each account's
     * transfer_clearing (which nets to zero over both), and a balance transaction in each; the intent's account's
     * entry has the event's id, the other's that id with {@code _d}.
     */
    private void between(BooksIntent intent, String entryId, String kind, String sourceId, String from, String to,
                         long amount, Instant at, String type, Instant availableOn) {
        String intentAccountEntry = entryId;
        String otherEntry = entryId + "_d";
        String fromEntry = from.equals(intent.accountId()) ? intentAccountEntry : otherEntry;
        String toEntry = from.equals(intent.accountId()) ? otherEntry : intentAccountEntry;
        journal.insert(new JournalEntry(fromEntry, from, intent.currency(), intent.paymentIntentId(), kind, sourceId,
                null, amount, at, Transfers.posted(MERCHANT_BALANCE, TRANSFER_CLEARING, amount)));
        journal.insert(new JournalEntry(toEntry, to, intent.currency(), intent.paymentIntentId(), kind, sourceId,
                null, amount, at, Transfers.posted(TRANSFER_CLEARING, MERCHANT_BALANCE, amount)));
        String category = BalanceTransactionIds.reportingCategory(type);
        transactions.insert(new BalanceTransactionView(BalanceTransactionIds.of(type, sourceId, from), from,
                intent.paymentIntentId(), type, category, sourceId, -amount, 0, -amount, intent.currency(), at,
                availableOn.truncatedTo(ChronoUnit.MICROS)), fromEntry);
        transactions.insert(new BalanceTransactionView(BalanceTransactionIds.of(type, sourceId, to), to,
                intent.paymentIntentId(), type, category, sourceId, amount, 0, amount, intent.currency(), at,
                availableOn.truncatedTo(ChronoUnit.MICROS)), toEntry);
    }

    private void write(BooksIntent intent, String entryId, String kind, String sourceId, String pendingEntryId,
                       long amount, Instant at, List<Posting> postings) {
        journal.insert(new JournalEntry(entryId, intent.accountId(), intent.currency(), intent.paymentIntentId(),
                kind, sourceId, pendingEntryId, amount, at, postings));
    }

    private void record(BooksIntent intent, String entryId, String type, String sourceId, long amount, long fee,
                        Instant at, Instant availableOn) {
        transactions.insert(new BalanceTransactionView(BalanceTransactionIds.of(type, sourceId), intent.accountId(),
                intent.paymentIntentId(), type, type, sourceId, amount, fee, amount - fee, intent.currency(), at,
                availableOn.truncatedTo(ChronoUnit.MICROS)), entryId);
    }
}
