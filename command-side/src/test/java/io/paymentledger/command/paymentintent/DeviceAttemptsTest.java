package io.paymentledger.command.paymentintent;

import static io.paymentledger.command.paymentintent.PaymentIntentCommands.create;
import static io.paymentledger.command.paymentintent.PaymentIntentCommands.settle;
import static io.paymentledger.command.paymentintent.PaymentIntentEvents.ACCOUNT;
import static io.paymentledger.command.paymentintent.PaymentIntentEvents.ID;
import static io.paymentledger.command.paymentintent.PaymentIntentEvents.attached;
import static io.paymentledger.command.paymentintent.PaymentIntentEvents.card;
import static io.paymentledger.command.paymentintent.PaymentIntentEvents.created;
import static io.paymentledger.command.paymentintent.PaymentIntentEvents.details;

import java.time.Duration;

import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.paymentintent.ConfirmOptions;
import io.paymentledger.messages.paymentintent.PaymentIntentProcessing;
import io.paymentledger.messages.paymentintent.PaymentIntentSucceeded;
import io.paymentledger.messages.paymentmethod.PaymentMethodInput;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Payments on simulated terminals (docs/api.md §19.3): the attempt is processing until the terminal's delay has
 * passed, then the persistent settlement deadline ends it; a failure names the terminal.
 */
class DeviceAttemptsTest {

    private static final ConfirmOptions ON_DEVICE = new ConfirmOptions(null, null, false, false, "tmr_1");
    private static final long AMOUNT = 2_000;

    private AggregateTestFixture<PaymentIntent> fixture;

    @BeforeEach
    void setUp() {
        fixture = PaymentIntentFixture.create();
    }

    private static PaymentMethodInput terminal(String behaviour) {
        return PaymentMethodInput.of(card(behaviour));
    }

    @Test
    void aTerminalPaymentIsProcessingAndSettlesAfterTheTerminalsDelay() {
        fixture.givenNoPriorActivity()
               .when(create(AMOUNT, "usd", details(), terminal("DEVICE_APPROVES"), ON_DEVICE))
               .expectEventsMatching(PaymentIntentMatchers.publishes(PaymentIntentProcessing.class,
                       processing -> org.assertj.core.api.Assertions.assertThat(processing.device())
                               .isEqualTo("tmr_1")))
               .expectScheduledDeadlineWithName(Duration.ofSeconds(3), PaymentIntent.SETTLEMENT_DEADLINE);
    }

    @Test
    void anApprovingTerminalSucceedsWhenItsDeadlineFires() {
        fixture.givenCommands(create(AMOUNT, "usd", details(), terminal("DEVICE_APPROVES"), ON_DEVICE))
               .whenTimeElapses(Duration.ofSeconds(3))
               .expectTriggeredDeadlinesWithName(PaymentIntent.SETTLEMENT_DEADLINE)
               .expectEventsMatching(PaymentIntentMatchers.eventsOfType(PaymentIntentSucceeded.class));
    }

    @Test
    void aDecliningTerminalFailsThePaymentNamingTheTerminal() {
        fixture.givenCommands(create(AMOUNT, "usd", details(), terminal("DEVICE_DECLINES"), ON_DEVICE))
               .whenTimeElapses(Duration.ofSeconds(3))
               .expectEventsMatching(PaymentIntentMatchers.failedOnDevice(PaymentErrorCode.CARD_DECLINED, "tmr_1"));
    }

    @Test
    void aTerminalThatTimesOutFailsOnlyAfterItsTimeout() {
        fixture.givenCommands(create(AMOUNT, "usd", details(), terminal("DEVICE_TIMES_OUT"), ON_DEVICE))
               .whenTimeElapses(Duration.ofSeconds(9))
               .expectNoEvents();
        fixture.givenCommands(create(AMOUNT, "usd", details(), terminal("DEVICE_TIMES_OUT"), ON_DEVICE))
               .whenTimeElapses(Duration.ofSeconds(10))
               .expectEventsMatching(PaymentIntentMatchers.failedOnDevice(PaymentErrorCode.TERMINAL_READER_TIMEOUT,
                       "tmr_1"));
    }

    @Test
    void theTestHelperSettlesATerminalPaymentAtOnceAndTheTerminalIsRemembered() {
        fixture.given(created(AMOUNT), attached(card("DEVICE_DECLINES")),
                      new PaymentIntentProcessing(ID, ACCOUNT, "ch_given", AMOUNT, "tmr_2"))
               .when(settle())
               .expectEventsMatching(PaymentIntentMatchers.failedOnDevice(PaymentErrorCode.CARD_DECLINED, "tmr_2"))
               .expectNoScheduledDeadlines();
    }

    @Test
    void aPaymentFailedWithoutATerminalNamesNone() {
        fixture.given(created(AMOUNT), attached(card("PROCESSING_FAILS")),
                      new PaymentIntentProcessing(ID, ACCOUNT, "ch_given", AMOUNT, null))
               .when(settle())
               .expectEventsMatching(PaymentIntentMatchers.failedOnDevice(PaymentErrorCode.CARD_DECLINED, null));
    }
}
