package io.paymentledger.gateway.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.paymentledger.messages.books.PeriodTotals;
import io.paymentledger.messages.books.PeriodTotalsList;
import io.paymentledger.messages.books.SumBalanceTransactions;
import io.paymentledger.messages.paymentintent.BalancesView;
import io.paymentledger.messages.paymentintent.CurrencyBalance;
import io.paymentledger.messages.paymentintent.FindBalances;
import io.paymentledger.messages.paymentintent.PaymentIntentStatus;
import org.springframework.stereotype.Component;

/**
 * The books page's chart data as JSON for Chart.js: per day of a range, what was captured (charge balance
 * transactions), refunded (refunds, less failed refunds) and the net of both, in minor units; and the number of
 * payments in each status. The days are summed by the query side ({@link SumBalanceTransactions}, from its day
 * totals), so the range's transactions are never read one by one.
 */
@Component
class BooksCharts {

    private final DashboardQueries queries;
    private final ObjectMapper json;

    BooksCharts(DashboardQueries queries, ObjectMapper json) {
        this.queries = queries;
        this.json = json;
    }

    /** {"labels":[days],"captured":[…],"refunded":[…],"net":[…]} for one currency (or all, summed). */
    String daily(String account, String currency, LocalDate first, LocalDate last) {
        List<Instant> boundaries = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last.plusDays(1)); day = day.plusDays(1)) {
            boundaries.add(day.atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        List<PeriodTotals> days = queries.ask(new SumBalanceTransactions(account, currency, boundaries),
                PeriodTotalsList.class).periods();
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("labels", days.stream().map(day -> LocalDate.ofInstant(day.from(), ZoneOffset.UTC).toString())
                .toList());
        chart.put("captured", days.stream().map(PeriodTotals::captured).toList());
        chart.put("refunded", days.stream().map(PeriodTotals::refunded).toList());
        chart.put("net", days.stream().map(PeriodTotals::net).toList());
        return write(chart);
    }

    /**
     * {"labels":[statuses],"counts":[…]}: each status's count from the balances read model ({@code FindBalances},
     * the view account_status_count over the maintained totals), summed over the currencies.
     */
    String byStatus(String account) {
        Map<PaymentIntentStatus, Long> counts = new EnumMap<>(PaymentIntentStatus.class);
        for (PaymentIntentStatus status : PaymentIntentStatus.values()) {
            counts.put(status, 0L);
        }
        for (CurrencyBalance currency : queries.ask(new FindBalances(account), BalancesView.class).currencies()) {
            currency.countByStatus().forEach((status, count) -> counts.merge(status, count, Long::sum));
        }
        return write(Map.of("labels", counts.keySet().stream().map(PaymentIntentStatus::wireName).toList(),
                "counts", List.copyOf(counts.values())));
    }

    private String write(Object chart) {
        try {
            return json.writeValueAsString(chart);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
