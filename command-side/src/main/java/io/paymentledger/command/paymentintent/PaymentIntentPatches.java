package io.paymentledger.command.paymentintent;

import io.paymentledger.command.processor.Currency;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.paymentintent.CaptureMethod;
import io.paymentledger.messages.paymentintent.ConfirmationMethod;
import io.paymentledger.messages.paymentintent.PatchField;
import io.paymentledger.messages.paymentintent.PaymentIntentDetails;
import io.paymentledger.messages.paymentintent.PaymentIntentPatch;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Applies a {@link PaymentIntentPatch} to an intent's fields (spec §3.3, §3.9), refusing what breaks a rule. */
final class PaymentIntentPatches {

    static final int MAXIMUM_METADATA_KEYS = 50;
    static final PaymentIntentPatch EMPTY = new PaymentIntentPatch(null, null, null, null, null, false, null, null,
            null, null, null, null, null, null, null, Set.of());

    private PaymentIntentPatches() {
    }

    static PaymentIntentPatch orEmpty(PaymentIntentPatch patch) {
        return patch == null ? EMPTY : patch;
    }

    /** Missing values of a new intent's details get Stripe's defaults. */
    static PaymentIntentDetails completed(PaymentIntentDetails d) {
        if (d == null) {
            return completed(new PaymentIntentDetails(null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null));
        }
        checkMetadata(d.metadata() == null ? Map.of() : d.metadata());
        return new PaymentIntentDetails(Objects.requireNonNullElse(d.captureMethod(), CaptureMethod.AUTOMATIC),
                Objects.requireNonNullElse(d.confirmationMethod(), ConfirmationMethod.AUTOMATIC), d.customer(),
                d.description(), d.metadata() == null ? Map.of() : d.metadata(),
                d.paymentMethodTypes() == null ? List.of("card") : d.paymentMethodTypes(),
                d.paymentMethodOptions(), d.automaticPaymentMethods(), d.receiptEmail(), d.setupFutureUsage(),
                d.shipping(), d.statementDescriptor(), d.statementDescriptorSuffix(), d.merchantReferences());
    }

    static IntentFields apply(IntentFields current, PaymentIntentPatch patch) {
        Set<PatchField> unset = unset(patch);
        String currency = current.currency();
        long amount = patch.amount() == null ? current.amount() : patch.amount();
        if (patch.amount() != null || patch.currency() != null) {
            Currency checked = MoneyRules.currency(patch.currency() == null ? currency : patch.currency());
            MoneyRules.checkAmount(amount, checked);
            currency = checked.code();
        }
        PaymentIntentDetails d = current.details();
        PaymentIntentDetails next = new PaymentIntentDetails(
                orElse(patch.captureMethod(), d.captureMethod()), d.confirmationMethod(),
                value(patch.customer(), d.customer(), unset, PatchField.CUSTOMER),
                value(patch.description(), d.description(), unset, PatchField.DESCRIPTION),
                mergedMetadata(d.metadata(), patch),
                orElse(patch.paymentMethodTypes(), d.paymentMethodTypes()),
                orElse(patch.paymentMethodOptions(), d.paymentMethodOptions()),
                d.automaticPaymentMethods(),
                value(patch.receiptEmail(), d.receiptEmail(), unset, PatchField.RECEIPT_EMAIL),
                value(patch.setupFutureUsage(), d.setupFutureUsage(), unset, PatchField.SETUP_FUTURE_USAGE),
                value(patch.shipping(), d.shipping(), unset, PatchField.SHIPPING),
                value(patch.statementDescriptor(), d.statementDescriptor(), unset, PatchField.STATEMENT_DESCRIPTOR),
                value(patch.statementDescriptorSuffix(), d.statementDescriptorSuffix(), unset,
                        PatchField.STATEMENT_DESCRIPTOR_SUFFIX),
                d.merchantReferences());
        return new IntentFields(amount, currency, next);
    }

    /** Whether the patch names a field that only intents not yet processing may change (spec §4.1 note 1). */
    static boolean touchesMoneyFields(PaymentIntentPatch patch) {
        Set<PatchField> unset = EnumSet.noneOf(PatchField.class);
        unset.addAll(unset(patch));
        unset.remove(PatchField.DESCRIPTION);
        return !unset.isEmpty() || patch.amount() != null || patch.currency() != null || patch.customer() != null
                || patch.paymentMethod() != null || patch.paymentMethodTypes() != null
                || patch.paymentMethodOptions() != null || patch.receiptEmail() != null
                || patch.setupFutureUsage() != null || patch.shipping() != null || patch.statementDescriptor() != null
                || patch.statementDescriptorSuffix() != null || patch.captureMethod() != null;
    }

    /** Whether anything but the description and metadata differs. */
    static boolean moneyFieldsDiffer(IntentFields before, IntentFields after) {
        return !withoutDescriptiveFields(before).equals(withoutDescriptiveFields(after));
    }

    /** Capture accepts metadata and statement descriptors only. */
    static PaymentIntentPatch forCapture(PaymentIntentPatch patch) {
        Set<PatchField> unset = EnumSet.noneOf(PatchField.class);
        unset.addAll(unset(patch));
        unset.retainAll(EnumSet.of(PatchField.STATEMENT_DESCRIPTOR, PatchField.STATEMENT_DESCRIPTOR_SUFFIX));
        return new PaymentIntentPatch(null, null, null, null, patch.metadata(), patch.clearMetadata(), null, null,
                null, null, null, null, patch.statementDescriptor(), patch.statementDescriptorSuffix(), null, unset);
    }

    private static IntentFields withoutDescriptiveFields(IntentFields intent) {
        PaymentIntentDetails d = intent.details();
        return new IntentFields(intent.amount(), intent.currency(), new PaymentIntentDetails(d.captureMethod(),
                d.confirmationMethod(), d.customer(), null, Map.of(), d.paymentMethodTypes(),
                d.paymentMethodOptions(), d.automaticPaymentMethods(), d.receiptEmail(), d.setupFutureUsage(),
                d.shipping(), d.statementDescriptor(), d.statementDescriptorSuffix(), d.merchantReferences()));
    }

    private static Map<String, String> mergedMetadata(Map<String, String> current, PaymentIntentPatch patch) {
        Map<String, String> merged = new LinkedHashMap<>(patch.clearMetadata() ? Map.of() : current);
        if (patch.metadata() != null) {
            // "" deletes a key (spec §3.9).
            patch.metadata().forEach((key, value) -> {
                if (value == null || value.isEmpty()) {
                    merged.remove(key);
                } else {
                    merged.put(key, value);
                }
            });
        }
        checkMetadata(merged);
        return merged;
    }

    private static void checkMetadata(Map<String, String> metadata) {
        if (metadata.size() > MAXIMUM_METADATA_KEYS) {
            throw new PaymentRejectedException(PaymentErrorCode.INVALID_REQUEST,
                    "You may only specify up to " + MAXIMUM_METADATA_KEYS + " metadata keys.", "metadata");
        }
    }

    private static <T> T orElse(T given, T current) {
        return given != null ? given : current;
    }

    private static <T> T value(T given, T current, Set<PatchField> unset, PatchField field) {
        if (unset.contains(field)) {
            return null;
        }
        return given != null ? given : current;
    }

    static boolean unsets(PaymentIntentPatch patch, PatchField field) {
        return unset(patch).contains(field);
    }

    private static Set<PatchField> unset(PaymentIntentPatch patch) {
        return patch.unset() == null ? Set.of() : patch.unset();
    }
}
