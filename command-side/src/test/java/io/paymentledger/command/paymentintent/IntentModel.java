package io.paymentledger.command.paymentintent;

import io.paymentledger.messages.paymentintent.*;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An intent rebuilt from its events independently of the aggregate, for property tests. It fails when an event
 * after a terminal status changes anything but metadata and description.
 */
final class IntentModel {

    PaymentIntentStatus status;
    long amount;
    long amountCapturable;
    long amountReceived;
    private String currency;
    private PaymentIntentDetails details;

    void apply(Object event) {
        if (status == PaymentIntentStatus.SUCCEEDED || status == PaymentIntentStatus.CANCELED) {
            checkOnlyDescriptiveChange(event);
        }
        if (event instanceof PaymentIntentCreated created) {
            amount = created.amount();
            currency = created.currency();
            details = created.details();
            status = PaymentIntentStatus.REQUIRES_PAYMENT_METHOD;
        } else if (event instanceof PaymentIntentUpdated updated) {
            amount = updated.amount();
            currency = updated.currency();
            details = updated.details();
            status = updated.status();
        } else if (event instanceof PaymentMethodAttached || event instanceof PaymentIntentAuthenticated) {
            status = PaymentIntentStatus.REQUIRES_CONFIRMATION;
        } else if (event instanceof PaymentMethodDetached || event instanceof PaymentIntentPaymentFailed) {
            status = PaymentIntentStatus.REQUIRES_PAYMENT_METHOD;
        } else if (event instanceof PaymentIntentRequiresAction) {
            status = PaymentIntentStatus.REQUIRES_ACTION;
        } else if (event instanceof PaymentIntentProcessing) {
            status = PaymentIntentStatus.PROCESSING;
        } else if (event instanceof PaymentIntentAmountCapturableUpdated authorized) {
            status = PaymentIntentStatus.REQUIRES_CAPTURE;
            amountCapturable = authorized.amountCapturable();
        } else if (event instanceof PaymentIntentSucceeded succeeded) {
            status = PaymentIntentStatus.SUCCEEDED;
            amountReceived = succeeded.amountReceived();
            assertThat(succeeded.amountReceived() + succeeded.amountReleased())
                    .as("captured plus released").isEqualTo(amountCapturable == 0 ? amount : amountCapturable);
            amountCapturable = 0;
        } else if (event instanceof PaymentIntentCanceled canceled) {
            assertThat(canceled.amountReleased()).as("released on cancel").isEqualTo(amountCapturable);
            status = PaymentIntentStatus.CANCELED;
            amountCapturable = 0;
        } else {
            throw new AssertionError("unexpected event " + event);
        }
    }

    private void checkOnlyDescriptiveChange(Object event) {
        assertThat(event).as("event after " + status).isInstanceOf(PaymentIntentUpdated.class);
        PaymentIntentUpdated updated = (PaymentIntentUpdated) event;
        assertThat(updated.status()).isEqualTo(status);
        assertThat(updated.amount()).isEqualTo(amount);
        assertThat(updated.currency()).isEqualTo(currency);
        assertThat(withoutDescriptiveFields(updated.details())).isEqualTo(withoutDescriptiveFields(details));
    }

    private static PaymentIntentDetails withoutDescriptiveFields(PaymentIntentDetails d) {
        Descriptors n = d.descriptors();
        return new PaymentIntentDetails(d.settings(),
                new Descriptors(null, n.statementDescriptor(), n.statementDescriptorSuffix(), n.receiptEmail()),
                d.references(), Map.of(), d.shipping());
    }
}
