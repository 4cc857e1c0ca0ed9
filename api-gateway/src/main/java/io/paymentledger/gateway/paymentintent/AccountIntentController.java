package io.paymentledger.gateway.paymentintent;

import io.paymentledger.gateway.auth.Caller;
import io.paymentledger.gateway.config.GatewayProperties;
import io.paymentledger.gateway.device.Devices;
import io.paymentledger.gateway.device.Devices.DeviceCard;
import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.gateway.paymentmethod.CardVault;
import io.paymentledger.gateway.web.ApiResponses;
import io.paymentledger.gateway.web.ParamReader;
import io.paymentledger.gateway.web.RequestBodies;
import io.paymentledger.gateway.web.RequestParams;
import io.paymentledger.gateway.web.ResourceNames;
import io.paymentledger.messages.error.PaymentError;
import io.paymentledger.messages.error.PaymentRejection;
import io.paymentledger.messages.paymentintent.FindPaymentIntent;
import io.paymentledger.messages.paymentintent.ListPaymentIntents;
import io.paymentledger.messages.paymentintent.PaymentIntentPage;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import io.paymentledger.messages.paymentintent.TransferPlan;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.HandlerExecutionException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The resource-name API's payment intents (docs/api.md §19.1): the same intents, commands and read model as
 * {@code /v1/payment_intents}, with requests mapped by {@link AccountIntentParams} and answers rendered by
 * {@link AccountIntentJson}. The key must belong to the account in the path; any other account is a 404.
 */
@RestController
@RequestMapping("/v1/accounts/{account}/payment-intents")
@Tag(name = "Resource-name API", description = "Payment intents named accounts/{account}/payment-intents/{id}, "
        + "with upper-case statuses and references as resource names.")
class AccountIntentController {

    private final RequestBodies bodies;
    private final PaymentIntentCommands commands;
    private final CardVault vault;
    private final PaymentIntentQueries queries;
    private final IntentCustomers customers;
    private final GatewayProperties properties;
    private final Devices devices;
    private final TransferParams transferParams;
    private final IntentPaymentMethodTypes paymentMethodTypes;

    AccountIntentController(RequestBodies bodies, PaymentIntentCommands commands, CardVault vault,
                            PaymentIntentQueries queries, IntentCustomers customers, GatewayProperties properties,
                            Devices devices, TransferParams transferParams,
                            IntentPaymentMethodTypes paymentMethodTypes) {
        this.paymentMethodTypes = paymentMethodTypes;
        this.devices = devices;
        this.transferParams = transferParams;
        this.bodies = bodies;
        this.commands = commands;
        this.vault = vault;
        this.queries = queries;
        this.customers = customers;
        this.properties = properties;
    }

    @PostMapping
    @Operation(summary = "Create a payment intent (resource-name API)", description = "Required: amount (a "
            + "string of minor units), currency. A payment_method or device name confirms it at once.")
    ResponseEntity<Object> create(@PathVariable String account, @Parameter(hidden = true) Caller caller,
                                  HttpServletRequest request) {
        requireOwn(account, caller);
        RequestParams params = bodies.read(request);
        String id = PaymentIntentIds.newId();
        RequestParams stripe = AccountIntentParams.create(params, caller.accountId());
        DeviceCard device = devices.card(ParamReader.of(params), "device", caller.accountId());
        List<TransferPlan> transfers = transferParams.read(params, caller.accountId());
        var command = AccountIntentParams.withTransfers(AccountIntentParams.onDevice(PaymentIntentParams.create(
                stripe, caller.accountId(), id, PaymentIntentIds.clientSecret(id), vault), device), transfers);
        customers.check(caller.accountId(), command);
        paymentMethodTypes.check(caller.accountId(), command);
        CommandOutcome outcome = commands.createOutcome(request, caller, params, command);
        // A declined payment is the intent's state here, not an error: its last_payment_error says why.
        return ApiResponses.ok(AccountIntentJson.intent(outcome.intent(), properties.links()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Retrieve a payment intent (resource-name API)")
    ResponseEntity<Object> retrieve(@PathVariable String account, @PathVariable String id,
                                    @Parameter(hidden = true) Caller caller, HttpServletRequest request) {
        requireOwn(account, caller);
        AccountIntentParams.retrieve(bodies.read(request));
        PaymentIntentView intent = queries.find(new FindPaymentIntent(caller.accountId(), id),
                PaymentIntentView.class).orElseThrow(() -> ApiException.noSuchPaymentIntent(id));
        return ApiResponses.ok(AccountIntentJson.intent(intent, properties.links()));
    }

    @GetMapping
    @Operation(summary = "List payment intents (resource-name API)", description = "Newest first; page_size "
            + "(1-100, default 10), page_token (the previous page's next_page_token), customer (a name), status.")
    ResponseEntity<Object> list(@PathVariable String account, @Parameter(hidden = true) Caller caller,
                                HttpServletRequest request) {
        requireOwn(account, caller);
        RequestParams params = bodies.read(request);
        try {
            ListPaymentIntents query = PaymentIntentParams.list(AccountIntentParams.list(params,
                    caller.accountId()), caller.accountId());
            PaymentIntentPage page = queries.ask(query, ResponseTypes.instanceOf(PaymentIntentPage.class));
            return ApiResponses.ok(AccountIntentJson.page(page.data(), page.hasMore(), properties.links()));
        } catch (ApiException e) {
            throw AccountIntentParams.listError(e.error(), e);
        } catch (HandlerExecutionException e) {
            // The query side refuses an unknown cursor with an error in the exception's details.
            throw e.getDetails().filter(PaymentError.class::isInstance).map(PaymentError.class::cast)
                    .or(() -> e.getDetails().filter(PaymentRejection.class::isInstance)
                            .map(details -> ((PaymentRejection) details).error()))
                    .map(error -> AccountIntentParams.listError(error, e)).orElse(e);
        }
    }

    private static void requireOwn(String account, Caller caller) {
        ResourceNames.requireOwnAccount(account, caller.accountId());
    }
}
