package io.paymentledger.command.paymentintent;

import io.paymentledger.messages.paymentintent.CaptureMethod;
import io.paymentledger.messages.paymentintent.Descriptors;
import io.paymentledger.messages.paymentintent.MetadataPatch;
import io.paymentledger.messages.paymentintent.PatchField;
import io.paymentledger.messages.paymentintent.PaymentIntentPatch;
import io.paymentledger.messages.paymentintent.PaymentSettings;
import io.paymentledger.messages.paymentmethod.PaymentMethodInput;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Builds {@link PaymentIntentPatch}es for tests: {@code Patch.of().amount(3_000).build()}. */
final class Patch {

    private Long amount;
    private String currency;
    private String description;
    private final Map<String, String> metadata = new LinkedHashMap<>();
    private boolean hasMetadata;
    private boolean clearMetadata;
    private PaymentMethodInput paymentMethod;
    private String statementDescriptor;
    private CaptureMethod captureMethod;
    private final Set<PatchField> unset = EnumSet.noneOf(PatchField.class);

    static Patch of() {
        return new Patch();
    }

    Patch amount(long value) {
        amount = value;
        return this;
    }

    Patch currency(String value) {
        currency = value;
        return this;
    }

    Patch description(String value) {
        description = value;
        return this;
    }

    Patch metadata(String key, String value) {
        hasMetadata = true;
        metadata.put(key, value);
        return this;
    }

    Patch clearMetadata() {
        clearMetadata = true;
        return this;
    }

    Patch paymentMethod(String id) {
        paymentMethod = TestPaymentMethods.byTestId(id);
        return this;
    }

    Patch paymentMethod(PaymentMethodInput input) {
        paymentMethod = input;
        return this;
    }

    Patch statementDescriptor(String value) {
        statementDescriptor = value;
        return this;
    }

    Patch captureMethod(CaptureMethod value) {
        captureMethod = value;
        return this;
    }

    Patch unset(PatchField field) {
        unset.add(field);
        return this;
    }

    PaymentIntentPatch build() {
        return new PaymentIntentPatch(amount, currency, paymentMethod,
                new PaymentSettings(captureMethod, null, null, null, null, null),
                new Descriptors(description, statementDescriptor, null, null), null, null,
                new MetadataPatch(hasMetadata ? metadata : null, clearMetadata), unset);
    }
}
