package io.paymentledger.gateway.balance;

import io.paymentledger.gateway.auth.Caller;
import io.paymentledger.gateway.config.GatewayProperties;
import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.gateway.web.ApiResponses;
import io.paymentledger.gateway.web.Futures;
import io.paymentledger.gateway.web.ParamErrors;
import io.paymentledger.gateway.web.ParamReader;
import io.paymentledger.gateway.web.RequestBodies;
import io.paymentledger.messages.books.FindTrialBalance;
import io.paymentledger.messages.books.JournalEntries;
import io.paymentledger.messages.books.ListJournalEntries;
import io.paymentledger.messages.books.TrialBalanceView;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.paymentintent.FindPaymentIntent;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/**
 * The books for auditors (our extension, docs/books.md): the journal entries of one payment and the trial balance
 * of the caller's account at any past instant.
 */
@RestController
@RequestMapping("/v1/books")
@Tag(name = "Books", description = "The double-entry journal of the caller's account (extension).")
class BooksController {

    private final RequestBodies bodies;
    private final QueryGateway queries;
    private final GatewayProperties properties;
    private final Clock clock = Clock.systemUTC();

    BooksController(RequestBodies bodies, QueryGateway queries, GatewayProperties properties) {
        this.bodies = bodies;
        this.queries = queries;
        this.properties = properties;
    }

    @GetMapping("/journal_entries")
    @Operation(summary = "Journal entries of a payment", description = "Every journal entry of the PaymentIntent "
            + "named by payment_intent, oldest first, with its postings.")
    ResponseEntity<Object> journalEntries(@Parameter(hidden = true) Caller caller, HttpServletRequest request) {
        ParamReader params = ParamReader.of(bodies.read(request)).allowOnly(Set.of("payment_intent"));
        String intentId = params.requiredString("payment_intent", BalanceParams.MAX_ID);
        Futures.await(queries.query(new FindPaymentIntent(caller.accountId(), intentId),
                        ResponseTypes.optionalInstanceOf(PaymentIntentView.class)), properties.commandTimeout(),
                "FindPaymentIntent")
                .orElseThrow(() -> new ApiException(PaymentErrorCode.RESOURCE_MISSING,
                        "No such payment_intent: '" + intentId + "'", "payment_intent"));
        JournalEntries entries = Futures.await(queries.query(new ListJournalEntries(caller.accountId(), intentId),
                ResponseTypes.instanceOf(JournalEntries.class)), properties.commandTimeout(), "ListJournalEntries");
        return ApiResponses.ok(ApiResponses.list(entries.data().stream().map(BooksJson::entry).toList(), false,
                "/v1/books/journal_entries"));
    }

    @GetMapping("/trial_balance")
    @Operation(summary = "Trial balance", description = "Every ledger account's four balances per currency from "
            + "the postings made up to the end of second as_of (unix seconds, default now; not in the future).")
    ResponseEntity<Object> trialBalance(@Parameter(hidden = true) Caller caller, HttpServletRequest request) {
        ParamReader params = ParamReader.of(bodies.read(request)).allowOnly(Set.of("as_of"));
        long now = clock.instant().getEpochSecond();
        Long asOf = params.integer("as_of", 0, Long.MAX_VALUE - 1);
        if (asOf != null && asOf > now) {
            throw ParamErrors.invalid("as_of", "Invalid as_of: " + asOf + " is in the future; the books of a "
                    + "moment not yet come cannot be balanced.");
        }
        long second = asOf == null ? now : asOf;
        // Up to the end of that second: postings carry microsecond times.
        Instant until = Instant.ofEpochSecond(second + 1).minusNanos(1_000);
        TrialBalanceView view = Futures.await(queries.query(new FindTrialBalance(caller.accountId(), until),
                ResponseTypes.instanceOf(TrialBalanceView.class)), properties.commandTimeout(), "FindTrialBalance");
        return ApiResponses.ok(BooksJson.trialBalance(view, second));
    }
}
