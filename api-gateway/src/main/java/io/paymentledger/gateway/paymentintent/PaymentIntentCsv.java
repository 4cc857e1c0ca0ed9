package io.paymentledger.gateway.paymentintent;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import io.paymentledger.messages.paymentintent.ListPaymentIntents;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The list as CSV (our extension, {@code Accept: text/csv}): one row per intent matching the filters, newest
 * first, for spreadsheets and reconciliation. Amounts are integers in minor units, as on the JSON wire.
 */
final class PaymentIntentCsv {

    static final int MAX_ROWS = 10_000;
    private static final int PAGE_SIZE = 100;
    private static final String HEADER = "id,created,status,amount,amount_capturable,amount_received,currency,"
            + "customer,description,canceled_at,cancellation_reason\r\n";

    private PaymentIntentCsv() {
    }

    static boolean requested(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/csv");
    }

    static ListPaymentIntents firstPage(ListPaymentIntents query) {
        return new ListPaymentIntents(query.accountId(), query.customer(), query.status(), query.currency(),
                query.created(), query.metadata(), PAGE_SIZE, query.startingAfter(), query.endingBefore());
    }

    static ListPaymentIntents nextPage(ListPaymentIntents query, String lastId) {
        return new ListPaymentIntents(query.accountId(), query.customer(), query.status(), query.currency(),
                query.created(), query.metadata(), PAGE_SIZE, lastId, null);
    }

    static ResponseEntity<String> response(List<PaymentIntentView> intents) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (PaymentIntentView intent : intents) {
            csv.append(row(intent));
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"payment_intents.csv\"")
                .body(csv.toString());
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
