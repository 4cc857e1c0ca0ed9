package io.paymentledger.gateway.paymentintent;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;

import io.paymentledger.messages.paymentintent.ListPaymentIntents;
import io.paymentledger.messages.paymentintent.PaymentIntentPage;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;

/**
 * The list as CSV (our extension, {@code Accept: text/csv}): one row per intent matching the filters, newest
 * first, for spreadsheets and reconciliation. Amounts are integers in minor units, as on the JSON wire. Every
 * match is exported, without a limit: the rows are read page by page and streamed, so memory stays one page.
 */
public final class PaymentIntentCsv {

    private static final int PAGE_SIZE = 100;
    private static final String HEADER = "id,created,status,amount,amount_capturable,amount_received,"
            + "amount_refunded,currency,customer,description,canceled_at,cancellation_reason\r\n";

    private PaymentIntentCsv() {
    }

    static boolean requested(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/csv");
    }

    /**
     * Streams the header and every matching row to {@code response}. The first page is read before anything is
     * written, so a refused query still answers with its error status.
     */
    public static void write(HttpServletResponse response, ListPaymentIntents filters,
                      Function<ListPaymentIntents, PaymentIntentPage> pages) throws IOException {
        ListPaymentIntents query = new ListPaymentIntents(filters.accountId(), filters.customer(), filters.status(),
                filters.currency(), filters.created(), filters.metadata(), PAGE_SIZE, filters.startingAfter(),
                filters.endingBefore());
        PaymentIntentPage page = pages.apply(query);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"payment_intents.csv\"");
        OutputStream out = response.getOutputStream();
        out.write(HEADER.getBytes(StandardCharsets.UTF_8));
        while (true) {
            StringBuilder rows = new StringBuilder();
            page.data().forEach(intent -> rows.append(row(intent)));
            out.write(rows.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            if (!page.hasMore() || page.data().isEmpty()) {
                return;
            }
            String lastId = page.data().get(page.data().size() - 1).id();
            page = pages.apply(new ListPaymentIntents(query.accountId(), query.customer(), query.status(),
                    query.currency(), query.created(), query.metadata(), PAGE_SIZE, lastId, null));
        }
    }

    private static String row(PaymentIntentView intent) {
        var details = intent.details();
        return String.join(",",
                cell(intent.id()),
                String.valueOf(intent.created().getEpochSecond()),
                intent.status().wireName(),
                String.valueOf(intent.amount()),
                String.valueOf(intent.amountCapturable()),
                String.valueOf(intent.amountReceived()),
                String.valueOf(intent.latestCharge() == null ? 0 : intent.latestCharge().amountRefunded()),
                cell(intent.currency()),
                cell(details == null ? null : details.references().customer()),
                cell(details == null ? null : details.descriptors().description()),
                intent.canceledAt() == null ? "" : String.valueOf(intent.canceledAt().getEpochSecond()),
                intent.cancellationReason() == null ? "" : intent.cancellationReason().wireName()) + "\r\n";
    }

    // RFC 4180 quoting; a leading formula character is defused so a spreadsheet never runs merchant input.
    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
