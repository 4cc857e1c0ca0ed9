package io.paymentledger.gateway.dashboard;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.gateway.paymentintent.PaymentIntentCsv;
import io.paymentledger.messages.books.BalanceView;
import io.paymentledger.messages.books.FindBalance;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.paymentintent.CreatedRange;
import io.paymentledger.messages.paymentintent.ListPaymentIntents;
import io.paymentledger.messages.paymentintent.PaymentIntentPage;
import io.paymentledger.messages.paymentintent.PaymentIntentSearchResult;
import io.paymentledger.messages.paymentintent.PaymentIntentStatus;
import io.paymentledger.messages.paymentintent.SearchPaymentIntents;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The payments list: either Stripe's search syntax ({@code q}, paged forward with the search's next page) or the
 * list filters (status, currency, created from/to, one metadata pair) with cursor paging both ways, and a CSV of
 * the same filters through the API's CSV export. The account's balance heads the page.
 */
@Controller
class PaymentsController {

    static final int PAGE_SIZE = 20;

    private final DashboardQueries queries;

    PaymentsController(DashboardQueries queries) {
        this.queries = queries;
    }

    @GetMapping(DashboardFilter.PATH + "/payments")
    String payments(@ModelAttribute PaymentFilters filters, HttpServletRequest request, Model model) {
        String account = DashboardAdvice.caller(request).accountId();
        model.addAttribute("filters", filters);
        model.addAttribute("statuses", Arrays.stream(PaymentIntentStatus.values())
                .map(PaymentIntentStatus::wireName).toList());
        model.addAttribute("balance", queries.ask(new FindBalance(account), BalanceView.class));
        if (filters.searching()) {
            PaymentIntentSearchResult result = queries.ask(new SearchPaymentIntents(account, filters.getQ().trim(),
                    PAGE_SIZE, blankToNull(filters.getPage()), false), PaymentIntentSearchResult.class);
            model.addAttribute("payments", result.data());
            model.addAttribute("nextPage", result.hasMore() ? result.nextPage() : null);
        } else {
            PaymentIntentPage page = queries.ask(list(account, filters, PAGE_SIZE), PaymentIntentPage.class);
            model.addAttribute("payments", page.data());
            boolean backwards = blankToNull(filters.getEnding_before()) != null;
            boolean more = page.hasMore();
            boolean any = !page.data().isEmpty();
            model.addAttribute("nextAfter", any && (backwards || more)
                    ? page.data().get(page.data().size() - 1).id() : null);
            model.addAttribute("previousBefore", any && (!backwards && blankToNull(filters.getStarting_after())
                    != null || backwards && more) ? page.data().get(0).id() : null);
        }
        return "dashboard/payments";
    }

    @GetMapping(DashboardFilter.PATH + "/payments.csv")
    void csv(@ModelAttribute PaymentFilters filters, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String account = DashboardAdvice.caller(request).accountId();
        PaymentIntentCsv.write(response, list(account, filters, PAGE_SIZE),
                page -> queries.ask(page, PaymentIntentPage.class));
    }

    private static ListPaymentIntents list(String account, PaymentFilters filters, int limit) {
        Map<String, String> metadata = blankToNull(filters.getMetadata_key()) == null ? null
                : Map.of(filters.getMetadata_key().trim(), filters.getMetadata_value() == null ? ""
                : filters.getMetadata_value().trim());
        Long from = day(filters.getCreated_from(), "created_from");
        Long to = day(filters.getCreated_to(), "created_to");
        CreatedRange created = from == null && to == null ? null
                : new CreatedRange(null, from, to == null ? null : to + 86_400, null);
        return new ListPaymentIntents(account, null, status(filters.getStatus()),
                blankToNull(filters.getCurrency()) == null ? null : filters.getCurrency().trim()
                        .toLowerCase(Locale.ROOT), created, metadata, limit,
                blankToNull(filters.getStarting_after()), blankToNull(filters.getEnding_before()));
    }

    private static PaymentIntentStatus status(String wireName) {
        if (blankToNull(wireName) == null) {
            return null;
        }
        return Arrays.stream(PaymentIntentStatus.values()).filter(s -> s.wireName().equals(wireName)).findFirst()
                .orElseThrow(() -> new ApiException(PaymentErrorCode.INVALID_REQUEST, "Unknown status: "
                        + wireName, "status"));
    }

    private static Long day(String date, String field) {
        if (blankToNull(date) == null) {
            return null;
        }
        try {
            return LocalDate.parse(date.trim()).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        } catch (DateTimeParseException notADate) {
            throw new ApiException(PaymentErrorCode.INVALID_REQUEST, "Not a date (YYYY-MM-DD): " + date, field);
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
