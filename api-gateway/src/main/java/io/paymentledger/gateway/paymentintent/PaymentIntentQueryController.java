package io.paymentledger.gateway.paymentintent;

import java.io.IOException;

import io.paymentledger.gateway.auth.Caller;
import io.paymentledger.gateway.config.GatewayProperties;
import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.gateway.web.ApiResponses;
import io.paymentledger.gateway.web.RequestBodies;
import io.paymentledger.gateway.web.RequestParams;
import io.paymentledger.messages.paymentintent.FindPaymentIntent;
import io.paymentledger.messages.paymentintent.FindPaymentIntentAsOf;
import io.paymentledger.messages.paymentintent.ListPaymentIntents;
import io.paymentledger.messages.paymentintent.PaymentIntentPage;
import io.paymentledger.messages.paymentintent.PaymentIntentSearchResult;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import io.paymentledger.messages.paymentintent.SearchPaymentIntents;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reading intents: retrieve (also as of a past moment), list (JSON or CSV) and search (docs/api.md §3.2, §3.7, §3.8). */
@RestController
@RequestMapping("/v1/payment_intents")
@Tag(name = "PaymentIntents")
class PaymentIntentQueryController {

    private final RequestBodies bodies;
    private final PaymentIntentQueries queries;
    private final PaymentIntentResponses responses;
    private final GatewayProperties properties;
    private final IntentCustomers customers;

    PaymentIntentQueryController(RequestBodies bodies, PaymentIntentQueries queries,
                                 PaymentIntentResponses responses, GatewayProperties properties,
                                 IntentCustomers customers) {
        this.bodies = bodies;
        this.queries = queries;
        this.responses = responses;
        this.properties = properties;
        this.customers = customers;
    }

    @GetMapping("/{id}")
    @Operation(summary = "Retrieve a PaymentIntent", description = "With as_of=<unix seconds> (our extension) "
            + "the intent as it was then, rebuilt from its events.")
    ResponseEntity<Object> retrieve(@PathVariable String id, @Parameter(hidden = true) Caller caller,
                                    HttpServletRequest request) {
        PaymentIntentRetrieveParams params = PaymentIntentParams.retrieve(bodies.read(request));
        Object query = params.asOf() == null ? new FindPaymentIntent(caller.accountId(), id)
                : new FindPaymentIntentAsOf(caller.accountId(), id, params.asOf());
        PaymentIntentView intent = queries.find(query, PaymentIntentView.class)
                .orElseThrow(() -> ApiException.noSuchPaymentIntent(id));
        ClientSecrets.check(caller, params.clientSecret(), intent);
        return responses.intent(intent, params.expansions());
    }

    @GetMapping
    @Operation(summary = "List PaymentIntents", description = "Newest first; cursor paging with starting_after "
            + "and ending_before. With Accept: text/csv, every matching intent as CSV (our extension).")
    ResponseEntity<?> list(@Parameter(hidden = true) Caller caller, HttpServletRequest request,
                           HttpServletResponse response) throws IOException {
        RequestParams params = bodies.read(request);
        ListPaymentIntents query = PaymentIntentParams.list(params, caller.accountId());
        var expansions = PaymentIntentParams.expansions(params, true);
        if (PaymentIntentCsv.requested(request)) {
            PaymentIntentCsv.write(response, query,
                    page -> queries.ask(page, ResponseTypes.instanceOf(PaymentIntentPage.class)));
            return null;
        }
        PaymentIntentPage page = queries.ask(query, ResponseTypes.instanceOf(PaymentIntentPage.class));
        return ApiResponses.ok(customers.expandList(caller.accountId(), PaymentIntentJson.list(page.data(),
                page.hasMore(), PaymentIntentJson.LIST_URL, expansions, properties.links()), expansions));
    }

    @GetMapping("/search")
    @Operation(summary = "Search PaymentIntents", description = "Stripe's search query language, e.g. "
            + "status:'succeeded' AND amount>1000; page with the previous result's next_page.")
    ResponseEntity<Object> search(@Parameter(hidden = true) Caller caller, HttpServletRequest request) {
        RequestParams params = bodies.read(request);
        SearchPaymentIntents query = PaymentIntentParams.search(params, caller.accountId());
        var expansions = PaymentIntentParams.expansions(params, true);
        PaymentIntentSearchResult result = queries.ask(query,
                ResponseTypes.instanceOf(PaymentIntentSearchResult.class));
        return ApiResponses.ok(customers.expandList(caller.accountId(),
                PaymentIntentJson.searchResult(result, expansions, properties.links()), expansions));
    }
}
