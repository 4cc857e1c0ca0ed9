package io.paymentledger.gateway.paymentintent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.paymentledger.gateway.device.Devices;
import io.paymentledger.gateway.device.Devices.DeviceCard;
import io.paymentledger.gateway.web.ParamErrors;
import io.paymentledger.gateway.web.ParamReader;
import io.paymentledger.gateway.web.RequestParams;
import io.paymentledger.gateway.web.ResourceNames;
import io.paymentledger.messages.error.PaymentError;
import io.paymentledger.messages.paymentintent.ConfirmOptions;
import io.paymentledger.messages.paymentintent.CreatePaymentIntent;
import io.paymentledger.messages.paymentintent.PaymentIntentDetails;
import io.paymentledger.messages.paymentintent.PaymentSettings;
import io.paymentledger.messages.paymentintent.TransferPlan;

/**
 * The resource-name API's requests (docs/api.md §19.1) as the Stripe requests they mean: names become ids, its
 * upper-case enums become Stripe's, and a body naming a payment method is created and confirmed at once. The Stripe
 * parsers then validate every value, so both APIs refuse the same things with the same errors.
 */
final class AccountIntentParams {

    private static final Set<String> CREATE = Set.of("amount", "currency", "customer", "payment_method",
            "setup_future_usage", "capture_method", "description", "metadata", "return_url", "off_session",
            "device", "transfers");
    private static final Set<String> ENUMS = Set.of("setup_future_usage", "capture_method");
    private static final Set<String> LIST = Set.of("page_size", "page_token", "customer", "status");
    /** The list's parameters and the Stripe list parameters they stand for. */
    private static final Map<String, String> LIST_NAMES = Map.of("page_size", "limit", "page_token",
            "starting_after", "customer", "customer", "status", "status");

    private AccountIntentParams() {
    }

    static RequestParams create(RequestParams request, String accountId) {
        ParamReader params = ParamReader.of(request).allowOnly(CREATE);
        Map<String, Object> stripe = new LinkedHashMap<>();
        for (String key : params.keys()) {
            Object value = params.raw(key);
            stripe.put(key, ENUMS.contains(key) && value instanceof String text ? text.toLowerCase(Locale.ROOT)
                    : value);
        }
        if (params.has("device") && params.has("payment_method")) {
            throw ParamErrors.exclusive("payment_method", "device");
        }
        // The device and the transfers are read by the caller (Devices, TransferParams): the Stripe parsers know
        // neither.
        stripe.remove("device");
        stripe.remove("transfers");
        putId(stripe, "customer", ResourceNames.idIn(params, "customer", accountId, ResourceNames.CUSTOMERS));
        String paymentMethod = ResourceNames.idIn(params, "payment_method", accountId,
                ResourceNames.PAYMENT_METHODS);
        putId(stripe, "payment_method", paymentMethod);
        if (paymentMethod != null) {
            stripe.put("confirm", "true");
        }
        return RequestParams.fromTree(stripe, request.json());
    }

    /** The create confirmed on a device: it pays with the card the device reads (docs/api.md §19.3). */
    static CreatePaymentIntent onDevice(CreatePaymentIntent create, DeviceCard card) {
        if (card == null) {
            return create;
        }
        // A terminal's intent takes the card it reads: Stripe Terminal's card_present, the only type it allows.
        PaymentIntentDetails d = create.details();
        PaymentSettings s = d.settings();
        PaymentIntentDetails onTerminal = new PaymentIntentDetails(new PaymentSettings(s.captureMethod(),
                s.confirmationMethod(), List.of(Devices.CARD_PRESENT), s.paymentMethodOptions(), null,
                s.setupFutureUsage()), d.descriptors(), d.references(), d.metadata(), d.shipping());
        return new CreatePaymentIntent(create.paymentIntentId(), create.accountId(), create.amount(),
                create.currency(), onTerminal, create.clientSecret(), card.paymentMethod(),
                new ConfirmOptions(null, null, false, false, card.deviceId()), create.transfers());
    }

    /** The create with the transfers to make when it succeeds (docs/api.md §19.4). */
    static CreatePaymentIntent withTransfers(CreatePaymentIntent create, List<TransferPlan> transfers) {
        return transfers.isEmpty() ? create : new CreatePaymentIntent(create.paymentIntentId(), create.accountId(),
                create.amount(), create.currency(), create.details(), create.clientSecret(), create.paymentMethod(),
                create.confirm(), List.copyOf(transfers));
    }

    static RequestParams list(RequestParams request, String accountId) {
        ParamReader params = ParamReader.of(request).allowOnly(LIST);
        Map<String, Object> stripe = new LinkedHashMap<>();
        for (String key : params.keys()) {
            stripe.put(LIST_NAMES.get(key), params.raw(key));
        }
        putId(stripe, "customer", ResourceNames.idIn(params, "customer", accountId, ResourceNames.CUSTOMERS));
        if (params.raw("status") instanceof String status) {
            stripe.put("status", status.toLowerCase(Locale.ROOT));
        }
        return RequestParams.fromTree(stripe, request.json());
    }

    /** A retrieve takes no parameters. */
    static void retrieve(RequestParams request) {
        ParamReader.of(request).allowOnly(Set.of());
    }

    /** A Stripe list parameter's error, naming the list parameter this API calls it. */
    static RuntimeException listError(PaymentError e, RuntimeException error) {
        for (Map.Entry<String, String> names : LIST_NAMES.entrySet()) {
            if (names.getValue().equals(e.param())) {
                return ParamErrors.of(e.code(), e.message().replace(names.getValue(), names.getKey()),
                        names.getKey());
            }
        }
        return error;
    }

    private static void putId(Map<String, Object> stripe, String key, String id) {
        if (id != null) {
            stripe.put(key, id);
        } else {
            stripe.remove(key);
        }
    }
}
