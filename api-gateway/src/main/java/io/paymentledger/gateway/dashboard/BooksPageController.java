package io.paymentledger.gateway.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.messages.books.BalanceTransactionPage;
import io.paymentledger.messages.books.BalanceView;
import io.paymentledger.messages.books.FindBalance;
import io.paymentledger.messages.books.FindTrialBalance;
import io.paymentledger.messages.books.ListBalanceTransactions;
import io.paymentledger.messages.books.TrialBalanceView;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.paymentintent.CreatedRange;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The books: available and pending balance per currency, balance transactions with filters and cursor paging,
 * the trial balance at the end of a day, and two charts ({@link BooksCharts}). All from the read models.
 */
@Controller
class BooksPageController {

    private static final int PAGE_SIZE = 25;

    private final DashboardQueries queries;
    private final BooksCharts charts;

    BooksPageController(DashboardQueries queries, BooksCharts charts) {
        this.queries = queries;
        this.charts = charts;
    }

    @GetMapping(DashboardFilter.PATH + "/books")
    String books(@RequestParam(name = "type", required = false) String type,
                 @RequestParam(name = "currency", required = false) String currency,
                 @RequestParam(name = "from", required = false) String from,
                 @RequestParam(name = "to", required = false) String to,
                 @RequestParam(name = "starting_after", required = false) String startingAfter,
                 @RequestParam(name = "trial_balance_date", required = false) String trialDate,
                 HttpServletRequest request, Model model) {
        String account = DashboardAdvice.caller(request).accountId();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate first = from == null || from.isBlank() ? today.minusDays(29) : date(from, "from");
        LocalDate last = to == null || to.isBlank() ? today : date(to, "to");
        if (last.isBefore(first)) {
            throw new ApiException(PaymentErrorCode.INVALID_REQUEST, "The range ends before it starts.", "to");
        }
        String currencyFilter = currency == null || currency.isBlank() ? null
                : currency.trim().toLowerCase(Locale.ROOT);
        String typeFilter = type == null || type.isBlank() ? null : type.trim();
        CreatedRange range = new CreatedRange(null, start(first), start(last.plusDays(1)), null);
        BalanceTransactionPage page = queries.ask(new ListBalanceTransactions(account, range, typeFilter, null,
                currencyFilter, PAGE_SIZE, PaymentsController.blankToNull(startingAfter), null),
                BalanceTransactionPage.class);
        LocalDate trialDay = trialDate == null || trialDate.isBlank() ? today : date(trialDate, "trial_balance_date");
        TrialBalanceView trial = queries.ask(new FindTrialBalance(account,
                Instant.ofEpochSecond(start(trialDay.plusDays(1))).minusNanos(1_000)), TrialBalanceView.class);

        model.addAttribute("balance", queries.ask(new FindBalance(account), BalanceView.class));
        model.addAttribute("transactions", page.data());
        model.addAttribute("nextAfter", page.hasMore() && !page.data().isEmpty()
                ? page.data().get(page.data().size() - 1).id() : null);
        model.addAttribute("type", typeFilter);
        model.addAttribute("currency", currencyFilter);
        model.addAttribute("from", first.toString());
        model.addAttribute("to", last.toString());
        model.addAttribute("trial", trial);
        model.addAttribute("trialDate", trialDay.toString());
        model.addAttribute("daily", charts.daily(account, currencyFilter, first, last));
        model.addAttribute("byStatus", charts.byStatus(account));
        model.addAttribute("now", Instant.now());
        return "dashboard/books";
    }

    private static long start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    }

    private static LocalDate date(String value, String field) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException notADate) {
            throw new ApiException(PaymentErrorCode.INVALID_REQUEST, "Not a date (YYYY-MM-DD): " + value, field);
        }
    }
}
