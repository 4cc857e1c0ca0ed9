package io.paymentledger.gateway.customer;

import io.paymentledger.gateway.web.ExpandParam;
import io.paymentledger.gateway.web.Expansions;
import io.paymentledger.gateway.web.ListParams;
import io.paymentledger.gateway.web.MetadataParam;
import io.paymentledger.gateway.web.ParamErrors;
import io.paymentledger.gateway.web.ParamReader;
import io.paymentledger.gateway.web.RequestParams;
import io.paymentledger.messages.paymentintent.CreatedRange;
import io.paymentledger.messages.paymentmethod.Address;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The parameters of the customer routes (docs/api.md §17) and their rules, with Stripe's lengths (email 512, name 256,
 * phone 20, description 5000). Parameters for invoices, tax, discounts and cash balances are {@code parameter_unknown}:
 * the ledger has none of them, and a parameter is never silently dropped.
 */
public final class CustomerParams {

    static final int MAX_EMAIL = 512;
    static final int MAX_NAME = 256;
    static final int MAX_PHONE = 20;
    static final int MAX_TEXT = 5000;
    static final int MAX_ID = 255;
    static final Set<String> EXPANDABLE = Set.of("invoice_settings.default_payment_method");

    private static final Set<String> FIELDS = Set.of("address", "description", "email", "metadata", "name", "phone",
            "shipping", "preferred_locales", "invoice_settings", "expand");
    private static final Set<String> CREATE = union(FIELDS, "payment_method");
    private static final Set<String> LIST = Set.of("limit", "starting_after", "ending_before", "created", "email",
            "expand");
    private static final Set<String> ADDRESS = Set.of("city", "country", "line1", "line2", "postal_code", "state");
    private static final Set<String> SHIPPING = Set.of("address", "name", "phone");
    private static final Set<String> INVOICE_SETTINGS = Set.of("default_payment_method");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern LOCALE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    /** What a create or an update sets: the customer as it will be, and a payment method to attach first. */
    public record Change(Customer customer, String paymentMethod) {
    }

    /** A page request: newest first, after or before a cursor (at most one), filtered by email and created. */
    public record Page(int limit, String startingAfter, String endingBefore, String email, CreatedRange created) {
    }

    private CustomerParams() {
    }

    /** A new customer's fields; the controller has chosen its id, prefix and creation time. */
    public static Change create(RequestParams request, String id, String accountId, long nowMillis,
                                String invoicePrefix) {
        ParamReader params = ParamReader.of(request).allowOnly(CREATE);
        Customer empty = new Customer(id, accountId, nowMillis, null, null, null, null, null, null, List.of(),
                invoicePrefix, null, Map.of(), false);
        Customer customer = apply(params, empty);
        String paymentMethod = params.optionalString("payment_method", MAX_ID);
        return new Change(customer, paymentMethod);
    }

    /** Checks an update's parameters before the customer is looked up; {@link #update} applies them. */
    public static ParamReader checkUpdate(RequestParams request) {
        ParamReader params = ParamReader.of(request).allowOnly(FIELDS);
        Customer probe = new Customer("cus_probe", "acct_probe", 0, null, null, null, null, null, null, List.of(),
                null, null, Map.of(), false);
        apply(params, probe);
        return params;
    }

    /** Stripe's update: fields sent are set, {@code field=} unsets it, others stay. */
    public static Customer update(ParamReader params, Customer current) {
        return apply(params, current);
    }

    public static Page page(RequestParams request) {
        ParamReader params = ParamReader.of(request).allowOnly(LIST);
        String startingAfter = params.optionalString("starting_after", MAX_ID);
        String endingBefore = params.optionalString("ending_before", MAX_ID);
        if (startingAfter != null && endingBefore != null) {
            throw ParamErrors.exclusive("starting_after", "ending_before");
        }
        int limit = ListParams.limit(params);
        CreatedRange created = ListParams.created(params);
        String email = params.optionalString("email", MAX_EMAIL);
        expansions(params, true);
        return new Page(limit, startingAfter, endingBefore, email, created);
    }

    /** {@code expand[]} of a retrieve (or, with {@code list}, of a list's {@code data.…}). */
    public static Expansions expansions(ParamReader params, boolean list) {
        return ExpandParam.read(params, list, EXPANDABLE);
    }

    /** {@code expand[]} of a POST whose other parameters were checked already. */
    public static Expansions expansions(RequestParams request) {
        return expansions(ParamReader.of(request), false);
    }

    /** A retrieve takes nothing but {@code expand[]}. */
    public static Expansions retrieve(RequestParams request) {
        return expansions(ParamReader.of(request).allowOnly(Set.of("expand")), false);
    }

    private static Customer apply(ParamReader params, Customer c) {
        String email = text(params, "email", MAX_EMAIL, c.email());
        if (email != null && params.has("email") && !EMAIL.matcher(email).matches()) {
            throw ParamErrors.invalid("email", "Invalid email address: " + ParamErrors.abbreviate(email));
        }
        String name = text(params, "name", MAX_NAME, c.name());
        String phone = text(params, "phone", MAX_PHONE, c.phone());
        String description = text(params, "description", MAX_TEXT, c.description());
        Address address = params.has("address") ? address(params, "address") : c.address();
        Customer.Shipping shipping = params.has("shipping") ? shipping(params) : c.shipping();
        List<String> locales = params.has("preferred_locales") ? locales(params) : c.preferredLocales();
        String defaultPaymentMethod = c.defaultPaymentMethod();
        if (params.has("invoice_settings") && !params.isEmpty("invoice_settings")) {
            ParamReader settings = params.object("invoice_settings").allowOnly(INVOICE_SETTINGS);
            if (settings.has("default_payment_method")) {
                defaultPaymentMethod = settings.optionalString("default_payment_method", MAX_ID);
            }
        } else if (params.isEmpty("invoice_settings")) {
            defaultPaymentMethod = null;
        }
        Map<String, String> metadata = MetadataParam.updated(params, "metadata", c.metadata());
        expansions(params, false);
        return new Customer(c.id(), c.accountId(), c.createdMillis(), email, name, phone, description, address,
                shipping, locales, c.invoicePrefix(), defaultPaymentMethod, metadata, c.deleted());
    }

    private static String text(ParamReader params, String key, int max, String current) {
        return params.has(key) ? params.optionalString(key, max) : current;
    }

    private static Address address(ParamReader params, String key) {
        if (params.isEmpty(key)) {
            return null;
        }
        ParamReader a = params.object(key).allowOnly(ADDRESS);
        return new Address(a.optionalString("city", MAX_TEXT), a.optionalString("country", MAX_TEXT),
                a.optionalString("line1", MAX_TEXT), a.optionalString("line2", MAX_TEXT),
                a.optionalString("postal_code", MAX_TEXT), a.optionalString("state", MAX_TEXT));
    }

    /** Shipping needs a name and an address with {@code line1}, as on Stripe; {@code shipping=} removes it. */
    private static Customer.Shipping shipping(ParamReader params) {
        if (params.isEmpty("shipping")) {
            return null;
        }
        ParamReader shipping = params.object("shipping").allowOnly(SHIPPING);
        String name = shipping.requiredString("name", MAX_TEXT);
        if (!shipping.has("address")) {
            throw ParamErrors.missing(shipping.name("address"));
        }
        shipping.object("address").requiredString("line1", MAX_TEXT);
        return new Customer.Shipping(address(shipping, "address"), name, shipping.optionalString("phone", MAX_TEXT));
    }

    private static List<String> locales(ParamReader params) {
        List<String> locales = params.stringList("preferred_locales");
        for (String locale : locales) {
            if (!LOCALE.matcher(locale).matches()) {
                throw ParamErrors.invalid("preferred_locales", "Invalid locale: " + ParamErrors.abbreviate(locale));
            }
        }
        if (locales.size() > 20) {
            throw ParamErrors.invalid("preferred_locales", "Invalid preferred_locales: at most 20 locales.");
        }
        return List.copyOf(locales);
    }

    private static Set<String> union(Set<String> base, String extra) {
        java.util.HashSet<String> all = new java.util.HashSet<>(base);
        all.add(extra);
        return Set.copyOf(all);
    }
}
