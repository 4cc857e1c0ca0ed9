package io.paymentledger.gateway.customer;

import io.paymentledger.gateway.auth.Caller;
import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.gateway.idempotency.Idempotency;
import io.paymentledger.gateway.paymentmethod.CardVault;
import io.paymentledger.gateway.paymentmethod.PaymentMethodJson;
import io.paymentledger.gateway.paymentmethod.SavedPaymentMethods;
import io.paymentledger.gateway.paymentmethod.SavedPaymentMethods.Saved;
import io.paymentledger.gateway.web.ApiResponses;
import io.paymentledger.gateway.web.ExpandParam;
import io.paymentledger.gateway.web.ListParams;
import io.paymentledger.gateway.web.ParamErrors;
import io.paymentledger.gateway.web.ParamReader;
import io.paymentledger.gateway.web.RequestBodies;
import io.paymentledger.gateway.web.RequestParams;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.paymentmethod.PaymentMethod;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;

/** Saved payment methods (docs/api.md §17.2): attach, detach, and a customer's list. */
@RestController
@Tag(name = "Customers")
class SavedCardController {

    private static final Set<String> ATTACH = Set.of("customer", "expand");
    private static final Set<String> DETACH = Set.of("expand");
    private static final Set<String> LIST = Set.of("type", "limit", "starting_after", "ending_before", "expand",
            "allow_redisplay");
    private static final List<String> TYPES = List.of("card");

    private final RequestBodies bodies;
    private final CustomerRows customers;
    private final CustomerCards cards;
    private final SavedPaymentMethods saved;
    private final CardVault vault;
    private final Idempotency idempotency;

    SavedCardController(RequestBodies bodies, CustomerRows customers, CustomerCards cards, SavedPaymentMethods saved,
                        CardVault vault, Idempotency idempotency) {
        this.bodies = bodies;
        this.customers = customers;
        this.cards = cards;
        this.saved = saved;
        this.vault = vault;
        this.idempotency = idempotency;
    }

    @PostMapping("/v1/payment_methods/{id}/attach")
    @Operation(summary = "Attach a PaymentMethod to a customer", description = "customer=cus_…; a payment method "
            + "saved to another customer is refused.")
    @Transactional
    public ResponseEntity<Object> attach(@PathVariable String id, @Parameter(hidden = true) Caller caller,
                                         HttpServletRequest request) {
        RequestParams body = bodies.read(request);
        ParamReader params = ParamReader.of(body).allowOnly(ATTACH);
        String customerId = params.requiredString("customer", CustomerParams.MAX_ID);
        ExpandParam.read(params, false, Set.of());
        PaymentMethod pm = vault.find(caller.accountId(), id).orElseThrow(() -> CardVault.noSuchPaymentMethod(id, null));
        Customer customer = customers.findLive(caller.accountId(), customerId)
                .orElseThrow(() -> CustomerController.noSuchCustomer(customerId, "customer"));
        cards.checkAttachable(caller.accountId(), pm.id(), customer.id(), null);
        idempotency.begin(request, caller, body);
        cards.attach(caller.accountId(), pm, customer.id(), null);
        return ApiResponses.ok(PaymentMethodJson.paymentMethod(pm, customer.id()));
    }

    @PostMapping("/v1/payment_methods/{id}/detach")
    @Operation(summary = "Detach a PaymentMethod from its customer", description = "It can no longer be used "
            + "until attached again; a customer whose default it was has none.")
    @Transactional
    public ResponseEntity<Object> detach(@PathVariable String id, @Parameter(hidden = true) Caller caller,
                                         HttpServletRequest request) {
        RequestParams body = bodies.read(request);
        ExpandParam.read(ParamReader.of(body).allowOnly(DETACH), false, Set.of());
        PaymentMethod pm = vault.find(caller.accountId(), id).orElseThrow(() -> CardVault.noSuchPaymentMethod(id, null));
        String owner = saved.customerOf(caller.accountId(), pm.id()).orElseThrow(() -> new ApiException(
                PaymentErrorCode.INVALID_REQUEST, "The payment method you provided is not attached to a customer so "
                + "detachment is impossible.", null));
        idempotency.begin(request, caller, body);
        saved.detach(caller.accountId(), pm.id());
        customers.findLive(caller.accountId(), owner).filter(c -> pm.id().equals(c.defaultPaymentMethod()))
                .ifPresent(c -> customers.update(c.withDefaultPaymentMethod(null)));
        return ApiResponses.ok(PaymentMethodJson.paymentMethod(pm, null));
    }

    @GetMapping("/v1/customers/{id}/payment_methods")
    @Operation(summary = "List a customer's PaymentMethods", description = "Newest attachment first; type (card), "
            + "limit, starting_after or ending_before.")
    ResponseEntity<Object> list(@PathVariable String id, @Parameter(hidden = true) Caller caller,
                                HttpServletRequest request) {
        ParamReader params = ParamReader.of(bodies.read(request)).allowOnly(LIST);
        String startingAfter = params.optionalString("starting_after", CustomerParams.MAX_ID);
        String endingBefore = params.optionalString("ending_before", CustomerParams.MAX_ID);
        if (startingAfter != null && endingBefore != null) {
            throw ParamErrors.exclusive("starting_after", "ending_before");
        }
        int limit = ListParams.limit(params);
        String type = params.has("type") ? params.oneOfStrings("type", TYPES) : null;
        params.oneOfStrings("allow_redisplay", List.of("always", "limited", "unspecified"));
        ExpandParam.read(params, true, Set.of());
        Customer customer = customers.findLive(caller.accountId(), id)
                .orElseThrow(() -> CustomerController.noSuchCustomer(id, null));
        boolean before = endingBefore != null;
        String cursorId = before ? endingBefore : startingAfter;
        Saved cursor = cursorId == null ? null : saved.find(caller.accountId(), customer.id(), cursorId)
                .orElseThrow(() -> CardVault.noSuchPaymentMethod(cursorId, before ? "ending_before" : "starting_after"));
        List<Saved> found = saved.page(caller.accountId(), customer.id(), cursor, before, limit + 1);
        boolean hasMore = found.size() > limit;
        List<Saved> shown = hasMore ? found.subList(0, limit) : found;
        if (before) {
            shown = new java.util.ArrayList<>(shown);
            java.util.Collections.reverse(shown);
        }
        return ApiResponses.ok(ApiResponses.list(shown.stream()
                .filter(s -> type == null || type.equals(typeOf(s.paymentMethod())))
                .map(s -> PaymentMethodJson.paymentMethod(s.paymentMethod(), customer.id())).toList(), hasMore,
                "/v1/customers/" + customer.id() + "/payment_methods"));
    }

    private static String typeOf(PaymentMethod pm) {
        return pm.type() == null ? "card" : pm.type();
    }
}
