package io.paymentledger.query.books;

import io.paymentledger.messages.books.BalanceAmount;
import io.paymentledger.messages.books.BalanceTransactionPage;
import io.paymentledger.messages.books.BalanceTransactionView;
import io.paymentledger.messages.books.BalanceView;
import io.paymentledger.messages.books.FindBalance;
import io.paymentledger.messages.books.FindBalanceTransaction;
import io.paymentledger.messages.books.FindTrialBalance;
import io.paymentledger.messages.books.JournalEntries;
import io.paymentledger.messages.books.ListBalanceTransactions;
import io.paymentledger.messages.books.ListJournalEntries;
import io.paymentledger.messages.books.TrialBalanceView;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.query.axon.QueryRejections;
import io.paymentledger.query.charge.Cursor;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Answers the balance, balance transaction, journal and trial balance queries, always within the asking account. */
@Component
class BooksQueryHandlers {

    private final JournalRows journal;
    private final BalanceTransactionRows transactions;
    private final Clock clock = Clock.systemUTC();

    BooksQueryHandlers(JournalRows journal, BalanceTransactionRows transactions) {
        this.journal = journal;
        this.transactions = transactions;
    }

    /** Available and pending per currency, each currency the account has a transaction in listed in both. */
    @QueryHandler
    BalanceView handle(FindBalance query) {
        Map<String, long[]> balances = transactions.availableAndPending(query.accountId(), clock.instant());
        return new BalanceView(balances.entrySet().stream().map(e -> new BalanceAmount(e.getKey(), e.getValue()[0]))
                .toList(), balances.entrySet().stream().map(e -> new BalanceAmount(e.getKey(), e.getValue()[1]))
                .toList());
    }

    @QueryHandler
    Optional<BalanceTransactionView> handle(FindBalanceTransaction query) {
        return transactions.find(query.accountId(), query.balanceTransactionId());
    }

    @QueryHandler
    BalanceTransactionPage handle(ListBalanceTransactions query) {
        Map<String, String> equal = new LinkedHashMap<>();
        equal.put("type", query.type());
        equal.put("source_id", query.sourceId());
        equal.put("currency", query.currency());
        boolean backwards = query.endingBefore() != null;
        Cursor cursor = cursor(query);
        List<BalanceTransactionView> rows = transactions.list(query.accountId(), equal, query.created(),
                backwards ? null : cursor, backwards ? cursor : null, query.limit() + 1);
        boolean hasMore = rows.size() > query.limit();
        List<BalanceTransactionView> page = new ArrayList<>(rows.subList(0, Math.min(query.limit(), rows.size())));
        if (backwards) {
            Collections.reverse(page);
        }
        return new BalanceTransactionPage(List.copyOf(page), hasMore);
    }

    @QueryHandler
    JournalEntries handle(ListJournalEntries query) {
        return new JournalEntries(journal.entries(query.accountId(), query.paymentIntentId()).stream()
                .map(JournalEntry::toView).toList());
    }

    @QueryHandler
    TrialBalanceView handle(FindTrialBalance query) {
        return new TrialBalanceView(query.accountId(), query.asOf(),
                journal.trialBalance(query.accountId(), query.asOf()));
    }

    private Cursor cursor(ListBalanceTransactions query) {
        String id = query.endingBefore() != null ? query.endingBefore() : query.startingAfter();
        if (id == null) {
            return null;
        }
        return transactions.find(query.accountId(), id).map(txn -> new Cursor(txn.created(), txn.id()))
                .orElseThrow(() -> QueryRejections.rejected(PaymentErrorCode.RESOURCE_MISSING,
                        "No such balance transaction: '" + id + "'",
                        query.endingBefore() != null ? "ending_before" : "starting_after"));
    }
}
