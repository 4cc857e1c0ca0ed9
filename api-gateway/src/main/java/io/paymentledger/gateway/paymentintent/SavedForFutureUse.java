package io.paymentledger.gateway.paymentintent;

import io.paymentledger.gateway.paymentmethod.SavedPaymentMethods;
import io.paymentledger.messages.paymentintent.CompletePaymentIntentAuthentication;
import io.paymentledger.messages.paymentintent.ConfirmPaymentIntent;
import io.paymentledger.messages.paymentintent.CreatePaymentIntent;
import io.paymentledger.messages.paymentintent.PaymentIntentStatus;
import io.paymentledger.messages.paymentintent.SettlePaymentIntent;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import io.paymentledger.messages.paymentintent.SetupFutureUsage;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * {@code setup_future_usage} (docs/api.md §17.4): once a payment with a customer succeeds (or is authorized), its
 * payment method is saved to that customer, as Stripe attaches it; with {@code off_session} it is also set up for
 * off-session payments, so cards that ask for authentication only until they are set up no longer do.
 */
@Component
class SavedForFutureUse {

    private final SavedPaymentMethods saved;
    private final Clock clock = Clock.systemUTC();

    SavedForFutureUse(SavedPaymentMethods saved) {
        this.saved = saved;
    }

    /**
     * Called with the intent a command left behind. Only the commands that can complete a payment save: a later
     * update of a paid intent must not attach again a card its customer has detached since.
     */
    void after(Object command, PaymentIntentView intent) {
        boolean pays = command instanceof CreatePaymentIntent || command instanceof ConfirmPaymentIntent
                || command instanceof CompletePaymentIntentAuthentication || command instanceof SettlePaymentIntent;
        if (!pays || intent == null || intent.paymentMethod() == null || intent.details() == null
                || intent.details().settings() == null) {
            return;
        }
        SetupFutureUsage usage = intent.details().settings().setupFutureUsage();
        String customer = IntentCustomers.customerOf(intent);
        boolean paid = intent.status() == PaymentIntentStatus.SUCCEEDED
                || intent.status() == PaymentIntentStatus.REQUIRES_CAPTURE;
        if (usage == null || customer == null || !paid) {
            return;
        }
        String pm = intent.paymentMethod().id();
        saved.attach(intent.accountId(), pm, customer, clock.millis());
        if (usage == SetupFutureUsage.OFF_SESSION
                && saved.customerOf(intent.accountId(), pm).map(customer::equals).orElse(false)) {
            saved.markOffSessionReady(intent.accountId(), pm);
        }
    }
}
