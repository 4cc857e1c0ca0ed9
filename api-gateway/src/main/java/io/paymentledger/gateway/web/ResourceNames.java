package io.paymentledger.gateway.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.gateway.error.HttpStatuses;
import io.paymentledger.messages.error.PaymentErrorCode;

/**
 * The resource names of the resource-name API (docs/api.md §19): {@code accounts/{account}} and
 * {@code accounts/{account}/{collection}/{id}} with the collections {@code payment-intents}, {@code customers},
 * {@code payment-methods} and {@code devices}.
 */
public final class ResourceNames {

    public static final String PAYMENT_INTENTS = "payment-intents";
    public static final String CUSTOMERS = "customers";
    public static final String PAYMENT_METHODS = "payment-methods";
    public static final String DEVICES = "devices";
    private static final Pattern NAME = Pattern.compile("accounts/([^/]+)/([a-z-]+)/([^/]+)");
    private static final Pattern ACCOUNT = Pattern.compile("accounts/([^/]+)");
    private static final int MAX_NAME = 5000;

    private ResourceNames() {
    }

    public static String account(String accountId) {
        return "accounts/" + accountId;
    }

    /** The name of a resource of the account, or null for a null id. */
    public static String of(String accountId, String collection, String id) {
        return id == null ? null : account(accountId) + "/" + collection + "/" + id;
    }

    /**
     * The id that the name in {@code key} gives in {@code collection}; null when the key is absent or empty. A value
     * that is no such name is 400 on the key; a name in another account is as unknown as a missing resource
     * (400 {@code resource_missing}).
     */
    public static String idIn(ParamReader params, String key, String accountId, String collection) {
        String name = params.optionalString(key, MAX_NAME);
        if (name == null) {
            return null;
        }
        Matcher matcher = NAME.matcher(name);
        if (!matcher.matches() || !matcher.group(2).equals(collection)) {
            // The value is not echoed: a client that mixed up its fields may have put card data there.
            throw ParamErrors.invalid(params.name(key), "Invalid " + params.name(key) + ": expected a resource name "
                    + "accounts/{account}/" + collection + "/{id}.");
        }
        if (!matcher.group(1).equals(accountId)) {
            throw ParamErrors.of(PaymentErrorCode.RESOURCE_MISSING, "No such " + collection + ": '"
                    + ParamErrors.abbreviate(name) + "'", params.name(key));
        }
        return matcher.group(3);
    }

    /** An account in a path that is not the caller's is as unknown as a missing one: 404 (docs/api.md §19). */
    public static void requireOwnAccount(String account, String callerAccountId) {
        if (!callerAccountId.equals(account)) {
            throw new ApiException(PaymentErrorCode.RESOURCE_MISSING, "No such account: '" + account + "'",
                    HttpStatuses.ACCOUNT_PATH_PARAM);
        }
    }

    /** The account an {@code accounts/{account}} name in {@code key} names; 400 on the key when it is none. */
    public static String accountIn(ParamReader params, String key) {
        String name = params.requiredString(key, MAX_NAME);
        Matcher matcher = ACCOUNT.matcher(name);
        if (!matcher.matches()) {
            throw ParamErrors.invalid(params.name(key), "Invalid " + params.name(key) + ": expected a resource name "
                    + "accounts/{account}.");
        }
        return matcher.group(1);
    }
}
