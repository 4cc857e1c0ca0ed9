package io.paymentledger.gateway.balance;

import io.paymentledger.messages.books.JournalEntryView;
import io.paymentledger.messages.books.PostingView;
import io.paymentledger.messages.books.TrialBalanceLine;
import io.paymentledger.messages.books.TrialBalanceView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The journal entry and trial balance objects of the books extension (docs/books.md). */
final class BooksJson {

    private BooksJson() {
    }

    static Map<String, Object> entry(JournalEntryView entry) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", entry.id());
        json.put("object", "journal_entry");
        json.put("amount", entry.amount());
        json.put("created", entry.created().getEpochSecond());
        json.put("currency", entry.currency());
        json.put("kind", entry.kind());
        json.put("payment_intent", entry.paymentIntentId());
        json.put("pending_entry", entry.pendingEntryId());
        json.put("postings", entry.postings().stream().map(BooksJson::posting).toList());
        json.put("source", entry.sourceId());
        return json;
    }

    /** Per currency: each ledger account's four balances, their totals and whether debits equal credits. */
    static Map<String, Object> trialBalance(TrialBalanceView view, long asOf) {
        Map<String, List<TrialBalanceLine>> byCurrency = new TreeMap<>();
        view.lines().forEach(line -> byCurrency.computeIfAbsent(line.currency(), c -> new ArrayList<>()).add(line));
        List<Map<String, Object>> currencies = new ArrayList<>();
        byCurrency.forEach((currency, lines) -> {
            TrialBalanceLine total = new TrialBalanceLine(currency, null,
                    lines.stream().mapToLong(TrialBalanceLine::debitsPending).sum(),
                    lines.stream().mapToLong(TrialBalanceLine::debitsPosted).sum(),
                    lines.stream().mapToLong(TrialBalanceLine::creditsPending).sum(),
                    lines.stream().mapToLong(TrialBalanceLine::creditsPosted).sum());
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("currency", currency);
            json.put("accounts", lines.stream().map(BooksJson::balances).toList());
            json.put("totals", balances(total));
            json.put("balanced", total.debitsPending() == total.creditsPending()
                    && total.debitsPosted() == total.creditsPosted());
            currencies.add(json);
        });
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("object", "trial_balance");
        json.put("as_of", asOf);
        json.put("balanced", currencies.stream().allMatch(c -> Boolean.TRUE.equals(c.get("balanced"))));
        json.put("currencies", currencies);
        return json;
    }

    private static Map<String, Object> balances(TrialBalanceLine line) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (line.ledgerAccount() != null) {
            json.put("ledger_account", line.ledgerAccount());
        }
        json.put("debits_pending", line.debitsPending());
        json.put("debits_posted", line.debitsPosted());
        json.put("credits_pending", line.creditsPending());
        json.put("credits_posted", line.creditsPosted());
        return json;
    }

    private static Map<String, Object> posting(PostingView posting) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("ledger_account", posting.ledgerAccount());
        json.put("side", posting.side());
        json.put("phase", posting.phase());
        json.put("amount", posting.amount());
        return json;
    }
}
