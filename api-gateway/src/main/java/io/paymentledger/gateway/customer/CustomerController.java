package io.paymentledger.gateway.customer;

import io.paymentledger.gateway.auth.Caller;
import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.gateway.idempotency.Idempotency;
import io.paymentledger.gateway.web.ApiResponses;
import io.paymentledger.gateway.web.RandomIds;
import io.paymentledger.gateway.web.RequestBodies;
import io.paymentledger.gateway.web.RequestParams;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Customers (docs/api.md §17): create, retrieve, update, list and delete, within the caller's account. Every POST
 * checks its parameters completely before its idempotency claim and before anything is written.
 */
@RestController
@RequestMapping("/v1/customers")
@Tag(name = "Customers", description = "Who pays; cards are saved to them by attach or setup_future_usage.")
class CustomerController {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final RequestBodies bodies;
    private final CustomerRows customers;
    private final CustomerCards cards;
    private final Idempotency idempotency;
    private final Clock clock = Clock.systemUTC();
    /** The last creation time handed out: creations on one node get strictly increasing milliseconds. */
    private final AtomicLong lastCreated = new AtomicLong();

    CustomerController(RequestBodies bodies, CustomerRows customers, CustomerCards cards, Idempotency idempotency) {
        this.bodies = bodies;
        this.customers = customers;
        this.cards = cards;
        this.idempotency = idempotency;
    }

    @PostMapping
    @Operation(summary = "Create a customer", description = "email, name, phone, description, address, shipping, "
            + "preferred_locales[], metadata, invoice_settings[default_payment_method], and payment_method to attach.")
    @Transactional
    public ResponseEntity<Object> create(@Parameter(hidden = true) Caller caller, HttpServletRequest request) {
        RequestParams body = bodies.read(request);
        byte[] prefix = new byte[4];
        RANDOM.nextBytes(prefix);
        CustomerParams.Change change = CustomerParams.create(body, "cus_" + RandomIds.alphanumerics(14),
                caller.accountId(), createdMillis(), HexFormat.of().withUpperCase().formatHex(prefix));
        Customer customer = change.customer();
        cards.checkDefault(customer, change.paymentMethod());
        var attached = change.paymentMethod() == null ? null
                : cards.checkAttachable(caller.accountId(), change.paymentMethod(), customer.id(), "payment_method");
        idempotency.begin(request, caller, body);
        customers.insert(customer);
        if (attached != null) {
            cards.attach(caller.accountId(), attached, customer.id(), "payment_method");
        }
        return ApiResponses.ok(cards.render(customer, CustomerParams.expansions(body)));
    }

    /**
     * Now, or one millisecond after the last customer this node made: the list is newest first by this time, so two
     * customers made in the same millisecond would otherwise come back in the order of their random ids.
     */
    private long createdMillis() {
        return lastCreated.updateAndGet(last -> Math.max(last + 1, clock.millis()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Retrieve a customer", description = "A deleted customer answers {id, object, deleted}.")
    ResponseEntity<Object> retrieve(@PathVariable String id, @Parameter(hidden = true) Caller caller,
                                    HttpServletRequest request) {
        var expansions = CustomerParams.retrieve(bodies.read(request));
        return ApiResponses.ok(cards.render(find(caller, id, null), expansions));
    }

    @PostMapping("/{id}")
    @Operation(summary = "Update a customer", description = "Fields sent are set; field= unsets it; metadata[k]= "
            + "removes a key.")
    @Transactional
    public ResponseEntity<Object> update(@PathVariable String id, @Parameter(hidden = true) Caller caller,
                                         HttpServletRequest request) {
        RequestParams body = bodies.read(request);
        var params = CustomerParams.checkUpdate(body);
        Customer current = live(caller, id, null);
        Customer updated = CustomerParams.update(params, current);
        if (updated.defaultPaymentMethod() != null
                && !updated.defaultPaymentMethod().equals(current.defaultPaymentMethod())) {
            cards.checkDefault(updated, null);
        }
        idempotency.begin(request, caller, body);
        customers.update(updated);
        return ApiResponses.ok(cards.render(updated, CustomerParams.expansions(body)));
    }

    @GetMapping
    @Operation(summary = "List customers", description = "Newest first; limit (1-100, default 10), starting_after "
            + "or ending_before, email (exact), created (seconds, or created[gt|gte|lt|lte]).")
    ResponseEntity<Object> list(@Parameter(hidden = true) Caller caller, HttpServletRequest request) {
        RequestParams body = bodies.read(request);
        CustomerParams.Page page = CustomerParams.page(body);
        boolean before = page.endingBefore() != null;
        Customer cursor = before ? cursor(caller, page.endingBefore(), "ending_before")
                : page.startingAfter() == null ? null : cursor(caller, page.startingAfter(), "starting_after");
        List<Customer> found = customers.page(caller.accountId(), page, cursor, before, page.limit() + 1);
        boolean hasMore = found.size() > page.limit();
        List<Customer> shown = hasMore ? found.subList(0, page.limit()) : found;
        if (before) {
            shown = new java.util.ArrayList<>(shown);
            java.util.Collections.reverse(shown);
        }
        var expansions = CustomerParams.expansions(io.paymentledger.gateway.web.ParamReader.of(body), true);
        return ApiResponses.ok(ApiResponses.list(shown.stream().map(c -> cards.render(c, expansions)).toList(),
                hasMore, "/v1/customers"));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a customer", description = "Its saved payment methods are detached; retrieving it "
            + "afterwards answers {id, object, deleted}.")
    @Transactional
    public ResponseEntity<Object> delete(@PathVariable String id, @Parameter(hidden = true) Caller caller) {
        Customer customer = live(caller, id, null);
        cards.detachAll(caller.accountId(), customer.id());
        customers.update(customer.asDeleted());
        return ApiResponses.ok(CustomerJson.deleted(customer.id()));
    }

    private Customer cursor(Caller caller, String id, String param) {
        return find(caller, id, param);
    }

    private Customer find(Caller caller, String id, String param) {
        return customers.find(caller.accountId(), id).orElseThrow(() -> noSuchCustomer(id, param));
    }

    private Customer live(Caller caller, String id, String param) {
        return customers.findLive(caller.accountId(), id).orElseThrow(() -> noSuchCustomer(id, param));
    }

    public static ApiException noSuchCustomer(String id, String param) {
        return new ApiException(PaymentErrorCode.RESOURCE_MISSING, "No such customer: '" + id + "'", param);
    }
}
