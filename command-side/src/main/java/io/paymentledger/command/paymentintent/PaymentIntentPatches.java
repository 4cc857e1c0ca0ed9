package io.paymentledger.command.paymentintent;

import io.paymentledger.command.processor.Currency;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.paymentintent.CaptureMethod;
import io.paymentledger.messages.paymentintent.ConfirmationMethod;
import io.paymentledger.messages.paymentintent.Descriptors;
import io.paymentledger.messages.paymentintent.MetadataPatch;
import io.paymentledger.messages.paymentintent.PatchField;
import io.paymentledger.messages.paymentintent.PaymentIntentDetails;
import io.paymentledger.messages.paymentintent.PaymentIntentPatch;
import io.paymentledger.messages.paymentintent.PaymentSettings;
import io.paymentledger.messages.paymentintent.References;

import io.paymentledger.messages.paymentintent.PaymentIntentEvent;
import io.paymentledger.messages.paymentintent.PaymentIntentStatus;
import io.paymentledger.messages.paymentintent.PaymentIntentUpdated;
import io.paymentledger.messages.paymentintent.PaymentMethodAttached;
import io.paymentledger.messages.paymentintent.PaymentMethodDetached;
import io.paymentledger.messages.paymentmethod.PaymentMethod;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Applies a {@link PaymentIntentPatch} to an intent's fields (values in, values out), refusing what breaks a rule. */
final class PaymentIntentPatches {

    static final int MAXIMUM_METADATA_KEYS = 50;

    private PaymentIntentPatches() {
    }

    static PaymentIntentPatch orEmpty(PaymentIntentPatch patch) {
        return patch == null ? PaymentIntentPatch.none() : patch;
    }

    /** Missing values of a new intent's details get Stripe's defaults. */
    static PaymentIntentDetails completed(PaymentIntentDetails given) {
        PaymentIntentDetails d = given == null ? PaymentIntentDetails.none() : given;
        Map<String, String> metadata = d.metadata() == null ? Map.of() : d.metadata();
        checkMetadata(metadata);
        PaymentSettings s = d.settings() == null ? PaymentSettings.none() : d.settings();
        return new PaymentIntentDetails(new PaymentSettings(
                Objects.requireNonNullElse(s.captureMethod(), CaptureMethod.AUTOMATIC),
                Objects.requireNonNullElse(s.confirmationMethod(), ConfirmationMethod.AUTOMATIC),
                s.paymentMethodTypes() == null ? List.of("card") : s.paymentMethodTypes(),
                s.paymentMethodOptions(), s.automaticPaymentMethods(), s.setupFutureUsage()),
                d.descriptors() == null ? Descriptors.none() : d.descriptors(),
                d.references() == null ? References.none() : d.references(), metadata, d.shipping());
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
        PaymentSettings s = d.settings();
        PaymentSettings given = patch.settings() == null ? PaymentSettings.none() : patch.settings();
        Descriptors n = d.descriptors();
        Descriptors names = patch.descriptors() == null ? Descriptors.none() : patch.descriptors();
        PaymentIntentDetails next = new PaymentIntentDetails(
                new PaymentSettings(orElse(given.captureMethod(), s.captureMethod()), s.confirmationMethod(),
                        orElse(given.paymentMethodTypes(), s.paymentMethodTypes()),
                        orElse(given.paymentMethodOptions(), s.paymentMethodOptions()), s.automaticPaymentMethods(),
                        value(given.setupFutureUsage(), s.setupFutureUsage(), unset, PatchField.SETUP_FUTURE_USAGE)),
                new Descriptors(value(names.description(), n.description(), unset, PatchField.DESCRIPTION),
                        value(names.statementDescriptor(), n.statementDescriptor(), unset,
                                PatchField.STATEMENT_DESCRIPTOR),
                        value(names.statementDescriptorSuffix(), n.statementDescriptorSuffix(), unset,
                                PatchField.STATEMENT_DESCRIPTOR_SUFFIX),
                        value(names.receiptEmail(), n.receiptEmail(), unset, PatchField.RECEIPT_EMAIL)),
                new References(value(patch.customer(), d.references().customer(), unset, PatchField.CUSTOMER),
                        d.references().merchant()),
                mergedMetadata(d.metadata(), patch.metadata()),
                value(patch.shipping(), d.shipping(), unset, PatchField.SHIPPING));
        return new IntentFields(amount, currency, next);
    }

    /** Whether the patch names a field that only intents not yet processing may change. */
    static boolean touchesMoneyFields(PaymentIntentPatch patch) {
        Set<PatchField> unset = EnumSet.noneOf(PatchField.class);
        unset.addAll(unset(patch));
        unset.remove(PatchField.DESCRIPTION);
        PaymentSettings settings = patch.settings() == null ? PaymentSettings.none() : patch.settings();
        Descriptors names = patch.descriptors() == null ? Descriptors.none() : patch.descriptors();
        return !unset.isEmpty() || patch.amount() != null || patch.currency() != null || patch.customer() != null
                || patch.paymentMethod() != null || patch.shipping() != null
                || !settings.equals(PaymentSettings.none())
                || !names.equals(new Descriptors(names.description(), null, null, null));
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
        Descriptors names = patch.descriptors() == null ? Descriptors.none() : patch.descriptors();
        return new PaymentIntentPatch(null, null, null, PaymentSettings.none(),
                new Descriptors(null, names.statementDescriptor(), names.statementDescriptorSuffix(), null), null,
                null, patch.metadata(), unset);
    }

    static boolean unsets(PaymentIntentPatch patch, PatchField field) {
        return unset(patch).contains(field);
    }

    /** The events of a patch: the fields (and the status they leave), then the payment method named or unset. */
    static List<PaymentIntentEvent> changes(AttemptEvents intent, PaymentIntentStatus status, IntentFields patched,
                                            PaymentIntentPatch patch, boolean named, PaymentMethod chosen) {
        List<PaymentIntentEvent> events = new ArrayList<>();
        IntentFields fields = intent.fields();
        if (!patched.equals(fields)) {
            // A change of money fields abandons a pending authentication.
            boolean abandonsAuthentication = status == PaymentIntentStatus.REQUIRES_ACTION
                    && moneyFieldsDiffer(fields, patched);
            events.add(new PaymentIntentUpdated(intent.paymentIntentId(), intent.accountId(), patched.amount(),
                    patched.currency(), patched.details(),
                    abandonsAuthentication ? PaymentIntentStatus.REQUIRES_CONFIRMATION : status));
        }
        if (chosen != null && !chosen.equals(intent.paymentMethod())) {
            events.add(new PaymentMethodAttached(intent.paymentIntentId(), intent.accountId(), chosen));
        } else if (!named && intent.paymentMethod() != null && unsets(patch, PatchField.PAYMENT_METHOD)) {
            events.add(new PaymentMethodDetached(intent.paymentIntentId(), intent.accountId()));
        }
        return events;
    }

    private static IntentFields withoutDescriptiveFields(IntentFields intent) {
        PaymentIntentDetails d = intent.details();
        Descriptors n = d.descriptors();
        return new IntentFields(intent.amount(), intent.currency(), new PaymentIntentDetails(d.settings(),
                new Descriptors(null, n.statementDescriptor(), n.statementDescriptorSuffix(), n.receiptEmail()),
                d.references(), Map.of(), d.shipping()));
    }

    static Map<String, String> mergedMetadata(Map<String, String> current, MetadataPatch patch) {
        MetadataPatch given = patch == null ? MetadataPatch.none() : patch;
        Map<String, String> merged = new LinkedHashMap<>(given.clear() ? Map.of() : current);
        if (given.changes() != null) {
            // "" deletes a key.
            given.changes().forEach((key, value) -> {
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

    private static Set<PatchField> unset(PaymentIntentPatch patch) {
        return patch.unset() == null ? Set.of() : patch.unset();
    }
}
