package io.paymentledger.gateway.paymentintent;

import io.paymentledger.gateway.paymentmethod.CardVault;
import io.paymentledger.gateway.web.MetadataParam;
import io.paymentledger.gateway.web.ParamErrors;
import io.paymentledger.gateway.web.ParamReader;
import io.paymentledger.messages.paymentintent.CaptureMethod;
import io.paymentledger.messages.paymentintent.Descriptors;
import io.paymentledger.messages.paymentintent.MetadataPatch;
import io.paymentledger.messages.paymentintent.PatchField;
import io.paymentledger.messages.paymentintent.PaymentIntentPatch;
import io.paymentledger.messages.paymentintent.PaymentSettings;
import io.paymentledger.messages.paymentintent.SetupFutureUsage;
import io.paymentledger.messages.paymentmethod.PaymentMethodInput;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads the changeable fields of an intent into a {@link PaymentIntentPatch}, for update, confirm and capture
 * alike; each endpoint has already refused the fields it does not accept. An empty string unsets the nullable
 * fields of docs/api.md §3.9 and is {@code parameter_invalid_empty} on the others.
 */
final class PaymentIntentPatchParams {

    private PaymentIntentPatchParams() {
    }

    static PaymentIntentPatch read(ParamReader params, String accountId, CardVault vault) {
        Set<PatchField> unset = EnumSet.noneOf(PatchField.class);
        String customer = unsettable(params, "customer", PatchField.CUSTOMER, unset, TextParams.MAX_STRING);
        String description = unsettable(params, "description", PatchField.DESCRIPTION, unset,
                TextParams.MAX_DESCRIPTION);
        String receiptEmail = unsettable(params, "receipt_email", PatchField.RECEIPT_EMAIL, unset,
                TextParams.MAX_STRING);
        if (receiptEmail != null) {
            TextParams.requireEmail("receipt_email", receiptEmail);
        }
        SetupFutureUsage setupFutureUsage = null;
        if (markUnset(params, "setup_future_usage", PatchField.SETUP_FUTURE_USAGE, unset)) {
            setupFutureUsage = params.enumValue("setup_future_usage", SetupFutureUsage.values(),
                    SetupFutureUsage::wireName);
        }
        var shipping = markUnset(params, "shipping", PatchField.SHIPPING, unset)
                ? AddressParams.shipping(params, "shipping") : null;
        if (markUnset(params, "statement_descriptor", PatchField.STATEMENT_DESCRIPTOR, unset)) {
            TextParams.statementDescriptor(params, "statement_descriptor");
        }
        String suffix = markUnset(params, "statement_descriptor_suffix", PatchField.STATEMENT_DESCRIPTOR_SUFFIX,
                unset) ? TextParams.descriptor(params, "statement_descriptor_suffix") : null;
        PaymentMethodInput paymentMethod = paymentMethod(params, accountId, unset, vault);
        Map<String, String> metadata = MetadataParam.read(params, "metadata");
        PaymentSettings settings = new PaymentSettings(
                params.enumValue("capture_method", CaptureMethod.values(), CaptureMethod::wireName), null,
                PaymentMethodParams.types(params, "payment_method_types"),
                PaymentMethodParams.options(params, "payment_method_options"), null, setupFutureUsage);
        return new PaymentIntentPatch(params.integer("amount", 1, Long.MAX_VALUE),
                TextParams.currency(params, "currency", false), paymentMethod, settings,
                new Descriptors(description, null, suffix, receiptEmail), customer, shipping,
                new MetadataPatch(metadata, params.isEmpty("metadata")), unset);
    }

    /** An empty patch, for endpoints that change nothing but money or state. */
    static PaymentIntentPatch none() {
        return PaymentIntentPatch.none();
    }

    private static PaymentMethodInput paymentMethod(ParamReader params, String accountId, Set<PatchField> unset,
                                                    CardVault vault) {
        if (params.has("payment_method") && params.has("payment_method_data")) {
            throw ParamErrors.exclusive("payment_method", "payment_method_data");
        }
        if (markUnset(params, "payment_method", PatchField.PAYMENT_METHOD, unset)) {
            return PaymentMethodParams.byId(params, "payment_method", accountId, vault);
        }
        return PaymentMethodParams.data(params, "payment_method_data", accountId, vault);
    }

    private static String unsettable(ParamReader params, String key, PatchField field, Set<PatchField> unset,
                                     int maxLength) {
        return markUnset(params, key, field, unset) ? params.string(key, maxLength) : null;
    }

    /** Records {@code key=} as an unset; true when a value is left to read. */
    private static boolean markUnset(ParamReader params, String key, PatchField field, Set<PatchField> unset) {
        if (params.isEmpty(key)) {
            unset.add(field);
            return false;
        }
        return params.has(key);
    }
}
