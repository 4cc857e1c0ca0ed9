package io.paymentledger.gateway.auth;

import java.util.Set;
import java.util.regex.Pattern;

import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.messages.error.PaymentErrorCode;

/**
 * What each kind of key may do with a request, decided from its method and path alone: restricted keys by
 * their per-resource permissions, publishable keys only where Stripe accepts them (creating a payment method as
 * Stripe.js does, retrieving or confirming an intent; the controller then requires the intent's
 * {@code client_secret}), and the {@code Stripe-Account} header
 * must name the key's own account.
 */
final class KeyAccess {

    private static final Pattern PUBLISHABLE_ROUTES = Pattern.compile(
            "GET /v1/payment_intents/(?!search$)[^/]+|POST /v1/payment_intents/[^/]+/confirm|POST /v1/payment_methods");

    private KeyAccess() {
    }

    static void check(Caller caller, String method, String path, String stripeAccount) {
        if (stripeAccount != null && !stripeAccount.equals(caller.accountId())) {
            throw new ApiException(PaymentErrorCode.PERMISSION_DENIED, "The provided key '" + caller.keyLabel()
                    + "' does not have access to account '" + stripeAccount + "' (or that account does not exist).",
                    null);
        }
        switch (caller.kind()) {
            case SECRET -> { }
            case PUBLISHABLE -> {
                if (!PUBLISHABLE_ROUTES.matcher(method + " " + path).matches()) {
                    throw new ApiException(PaymentErrorCode.AUTHENTICATION_FAILED, "This API call cannot be made "
                            + "with a publishable API key. Please use a secret API key.", null);
                }
            }
            case RESTRICTED -> {
                String resource = resourceOf(path);
                boolean write = !"GET".equals(method) && !"HEAD".equals(method);
                if (resource != null && !caller.permissions().allows(resource, write)) {
                    throw new ApiException(PaymentErrorCode.PERMISSION_DENIED, "The provided key '"
                            + caller.keyLabel() + "' does not have the required permissions for this endpoint on "
                            + "account '" + caller.accountId() + "'. Having the '" + permissionName(resource, write)
                            + "' permission would allow this request to continue.", null);
                }
            }
        }
    }

    private static final Set<String> BALANCE_PATHS = Set.of("balances", "balance_transactions",
            "books");

    /**
     * {@code /v1/payment_intents/pi_1/confirm} → payment_intents; test helpers act on the resource they name;
     * {@code /v1/accounts/acct_1/payment-intents} → payment_intents.
     */
    static String resourceOf(String path) {
        String[] segments = path.split("/");
        if (segments.length > 4 && "accounts".equals(segments[2])) {
            // The resource-name API (/v1/accounts/{account}/payment-intents, …/devices): its intents and the
            // terminals that take them are the payment_intents resource.
            return "devices".equals(segments[4]) ? "payment_intents" : resourceOf("/v1/" + segments[4].replace('-', '_'));
        }
        int index = segments.length > 3 && "test_helpers".equals(segments[2]) ? 3 : 2;
        if (segments.length <= index) {
            return null;
        }
        // Stripe's Balance permission covers the balance transactions; our totals and books go with it.
        String resource = BALANCE_PATHS.contains(segments[index]) ? "balance" : segments[index];
        // An unknown URL is answered 404 for every key: restricted keys may not learn less than others.
        return Permissions.RESOURCES.contains(resource) ? resource : null;
    }

    private static String permissionName(String resource, boolean write) {
        String singular = resource.endsWith("s") ? resource.substring(0, resource.length() - 1) : resource;
        return "rak_" + singular + (write ? "_write" : "_read");
    }
}
