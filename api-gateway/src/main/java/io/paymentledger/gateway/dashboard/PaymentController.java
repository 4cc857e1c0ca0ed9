package io.paymentledger.gateway.dashboard;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.paymentledger.gateway.auth.Caller;
import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.gateway.paymentintent.PaymentIntentCommands;
import io.paymentledger.gateway.paymentintent.ReadAfterWrite;
import io.paymentledger.gateway.refund.Refunds;
import io.paymentledger.messages.books.JournalEntries;
import io.paymentledger.messages.books.ListJournalEntries;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.paymentintent.CancelPaymentIntent;
import io.paymentledger.messages.paymentintent.CapturePaymentIntent;
import io.paymentledger.messages.paymentintent.FindPaymentIntent;
import io.paymentledger.messages.paymentintent.FindPaymentIntentAsOf;
import io.paymentledger.messages.paymentintent.FindPaymentIntentHistory;
import io.paymentledger.messages.paymentintent.PaymentIntentHistory;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import io.paymentledger.messages.refund.ListRefunds;
import io.paymentledger.messages.refund.RefundPage;
import io.paymentledger.messages.refund.RefundView;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One payment: its amounts, charge and card, refunds, journal entries and the timeline of its events, also as
 * of a chosen instant; and its actions (capture, cancel, refund), each shown for confirmation first and then
 * sent as a command through the gateway's own services with the idempotency key the confirmation form carries.
 */
@Controller
class PaymentController {

    private static final Set<String> ACTIONS = Set.of("capture", "cancel", "refund");
    private static final int TIMELINE_LIMIT = 100;
    private static final int DONE_KEYS = 10_000;

    private final DashboardQueries queries;
    private final PaymentIntentCommands commands;
    private final Refunds refunds;
    private final ReadAfterWrite readAfterWrite;
    /** The idempotency keys of confirmations already sent: a form submitted twice acts once. */
    private final Set<String> doneKeys = Collections.synchronizedSet(Collections.newSetFromMap(
            new LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > DONE_KEYS;
                }
            }));

    PaymentController(DashboardQueries queries, PaymentIntentCommands commands, Refunds refunds,
                      ReadAfterWrite readAfterWrite) {
        this.readAfterWrite = readAfterWrite;
        this.queries = queries;
        this.commands = commands;
        this.refunds = refunds;
    }

    @GetMapping(DashboardFilter.PATH + "/payments/{id}")
    String payment(@PathVariable String id, @RequestParam(name = "as_of", required = false) String asOf,
                   @RequestParam(name = "done", required = false) String done, HttpServletRequest request,
                   Model model) {
        Caller caller = DashboardAdvice.caller(request);
        String account = caller.accountId();
        Object query = PaymentsController.blankToNull(asOf) == null ? new FindPaymentIntent(account, id)
                : new FindPaymentIntentAsOf(account, id, instant(asOf));
        PaymentIntentView intent = queries.find(query, PaymentIntentView.class)
                .orElseThrow(() -> ApiException.noSuchPaymentIntent(id));
        PaymentIntentHistory history = queries.find(new FindPaymentIntentHistory(account, id, null,
                TIMELINE_LIMIT), PaymentIntentHistory.class).orElseThrow(() -> ApiException.noSuchPaymentIntent(id));
        model.addAttribute("intent", intent);
        model.addAttribute("asOf", asOf);
        model.addAttribute("done", done == null || !ACTIONS.contains(done) ? null : done);
        model.addAttribute("timeline", history.events().stream().map(TimelineRow::of).toList());
        model.addAttribute("timelineTruncated", history.hasMore());
        model.addAttribute("refunds", queries.ask(new ListRefunds(account, id, null, null, 100, null, null),
                RefundPage.class).data());
        model.addAttribute("journal", queries.ask(new ListJournalEntries(account, id), JournalEntries.class).data());
        model.addAttribute("mayAct", DashboardAdvice.mayWrite(caller, "payment_intents")
                || DashboardAdvice.mayWrite(caller, "refunds"));
        return "dashboard/payment";
    }

    @PostMapping(DashboardFilter.PATH + "/payments/{id}/{action}")
    String act(@PathVariable String id, @PathVariable String action,
               @RequestParam(name = "amount", required = false) String amount,
               @RequestParam(name = "idempotency_key", required = false) String idempotencyKey,
               @RequestParam(name = "confirmed", required = false) String confirmed,
               HttpServletRequest request, Model model) {
        Caller caller = DashboardAdvice.caller(request);
        if (!ACTIONS.contains(action)) {
            throw new ApiException(PaymentErrorCode.RESOURCE_MISSING, "No such action: " + action, null);
        }
        // As on the API: a refund needs the refunds permission, a capture or a cancel the payment intents one.
        if (!DashboardAdvice.mayWrite(caller, "refund".equals(action) ? "refunds" : "payment_intents")) {
            throw new ApiException(PaymentErrorCode.PERMISSION_DENIED, "The key " + caller.keyLabel()
                    + " may read but not act: sign in with a secret key or a key with write permission.", null);
        }
        Long minorUnits = amount(amount, action);
        PaymentIntentView intent = queries.find(new FindPaymentIntent(caller.accountId(), id),
                PaymentIntentView.class).orElseThrow(() -> ApiException.noSuchPaymentIntent(id));
        if (!"yes".equals(confirmed)) {
            model.addAttribute("intent", intent);
            model.addAttribute("action", action);
            model.addAttribute("amount", minorUnits);
            model.addAttribute("idempotencyKey", "dash_" + DashboardSessions.token());
            return "dashboard/confirm";
        }
        String key = PaymentsController.blankToNull(idempotencyKey);
        if (key == null || !key.startsWith("dash_") || key.length() > 255) {
            throw new ApiException(PaymentErrorCode.INVALID_REQUEST, "The confirmation lacks its idempotency key.",
                    "idempotency_key");
        }
        if (doneKeys.add(caller.accountId() + " " + key)) {
            HttpServletRequest audited = new IdempotencyKeyRequest(request, key);
            switch (action) {
                case "capture" -> commands.send(audited, caller, id,
                        new CapturePaymentIntent(id, caller.accountId(), minorUnits, null));
                case "cancel" -> commands.send(audited, caller, id,
                        new CancelPaymentIntent(id, caller.accountId(), null));
                default -> {
                    RefundView refund = refunds.refundIntent(audited, caller, id, minorUnits);
                    // The refund answered once the charges read model had it; the page shows the intent's view.
                    readAfterWrite.atLeast(caller.accountId(), id, refund.version());
                }
            }
        }
        return "redirect:" + DashboardFilter.PATH + "/payments/" + id + "?done=" + action;
    }

    private static Long amount(String amount, String action) {
        if (PaymentsController.blankToNull(amount) == null || "cancel".equals(action)) {
            return null;
        }
        try {
            long value = Long.parseLong(amount.trim());
            if (value < 1) {
                throw new NumberFormatException("not positive");
            }
            return value;
        } catch (NumberFormatException notAnAmount) {
            throw new ApiException(PaymentErrorCode.INVALID_REQUEST, "The amount must be a positive whole number "
                    + "of minor units (cents), or empty for all of it.", "amount");
        }
    }

    private static java.time.Instant instant(String asOf) {
        try {
            return LocalDateTime.parse(asOf.trim()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notATime) {
            throw new ApiException(PaymentErrorCode.INVALID_REQUEST, "Not a time (YYYY-MM-DDTHH:MM, UTC): " + asOf,
                    "as_of");
        }
    }
}
