package io.paymentledger.gateway.dashboard;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.paymentledger.messages.books.BalanceTransactionPage;
import io.paymentledger.messages.books.BalanceTransactionView;
import io.paymentledger.messages.books.ListBalanceTransactions;
import io.paymentledger.messages.paymentintent.CreatedRange;
import io.paymentledger.messages.paymentintent.PaymentIntentSearchResult;
import io.paymentledger.messages.paymentintent.PaymentIntentStatus;
import io.paymentledger.messages.paymentintent.SearchPaymentIntents;
import org.springframework.stereotype.Component;

/**
 * The books page's chart data as JSON for Chart.js: per day of a range, what was captured (charge balance
 * transactions), refunded (refunds, less failed refunds) and the net of both, in minor units; and the number of
 * payments in each status. The days are summed from the balance transactions, read page by page up to
 * {@link #MAX_TRANSACTIONS}; beyond that the chart says it is cut.
 */
@Component
class BooksCharts {

    static final int MAX_TRANSACTIONS = 20_000;
    private static final int PAGE = 100;

    private final DashboardQueries queries;
    private final ObjectMapper json;

    BooksCharts(DashboardQueries queries, ObjectMapper json) {
        this.queries = queries;
        this.json = json;
    }

    /** {"labels":[days],"captured":[…],"refunded":[…],"net":[…],"cut":bool} for one currency (or all, summed). */
    String daily(String account, String currency, LocalDate first, LocalDate last) {
        Map<LocalDate, long[]> days = new TreeMap<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.put(day, new long[3]);
        }
        CreatedRange range = new CreatedRange(null, first.atStartOfDay(ZoneOffset.UTC).toEpochSecond(),
                last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond(), null);
        String after = null;
        int read = 0;
        boolean cut = false;
        while (true) {
            BalanceTransactionPage page = queries.ask(new ListBalanceTransactions(account, range, null, null,
                    currency, PAGE, after, null), BalanceTransactionPage.class);
            for (BalanceTransactionView transaction : page.data()) {
                long[] sums = days.get(LocalDate.ofInstant(transaction.created(), ZoneOffset.UTC));
                if (sums != null) {
                    if ("charge".equals(transaction.type())) {
                        sums[0] += transaction.amount();
                    } else if (transaction.type().startsWith("refund")) {
                        sums[1] -= transaction.amount();
                    }
                    sums[2] += transaction.net();
                }
            }
            read += page.data().size();
            if (!page.hasMore() || page.data().isEmpty()) {
                break;
            }
            if (read >= MAX_TRANSACTIONS) {
                cut = true;
                break;
            }
            after = page.data().get(page.data().size() - 1).id();
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("labels", days.keySet().stream().map(LocalDate::toString).toList());
        chart.put("captured", column(days, 0));
        chart.put("refunded", column(days, 1));
        chart.put("net", column(days, 2));
        chart.put("cut", cut);
        return write(chart);
    }

    /** {"labels":[statuses],"counts":[…]}: each status's count from the search read model. */
    String byStatus(String account) {
        List<String> labels = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        for (PaymentIntentStatus status : PaymentIntentStatus.values()) {
            PaymentIntentSearchResult result = queries.ask(new SearchPaymentIntents(account,
                    "status:'" + status.wireName() + "'", 1, null, true), PaymentIntentSearchResult.class);
            labels.add(status.wireName());
            counts.add(result.totalCount() == null ? result.data().size() : result.totalCount());
        }
        return write(Map.of("labels", labels, "counts", counts));
    }

    private static List<Long> column(Map<LocalDate, long[]> days, int index) {
        return days.values().stream().map(sums -> sums[index]).toList();
    }

    private String write(Object chart) {
        try {
            return json.writeValueAsString(chart);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
