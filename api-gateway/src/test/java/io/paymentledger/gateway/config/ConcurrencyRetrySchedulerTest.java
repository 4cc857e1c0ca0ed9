package io.paymentledger.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.paymentledger.messages.error.PaymentError;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.error.PaymentRejection;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConcurrencyRetrySchedulerTest {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final ConcurrencyRetryScheduler scheduler = new ConcurrencyRetryScheduler(executor, 3, 1);

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void retriesACommandThatLostTheOptimisticLockingRace() throws Exception {
        CountDownLatch resent = new CountDownLatch(1);
        boolean scheduled = scheduler.scheduleRetry(GenericCommandMessage.asCommandMessage("capture"),
                new IllegalStateException(new ConcurrencyException("another node appended first")),
                failures(1), resent::countDown);
        assertThat(scheduled).isTrue();
        assertThat(resent.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void neverRetriesABusinessRefusal() {
        var refusal = new CommandExecutionException("refused", null, new PaymentRejection(new PaymentError(
                PaymentErrorCode.PAYMENT_INTENT_UNEXPECTED_STATE, null, "already captured", null), "pi_1", 3L));
        assertThat(scheduler.scheduleRetry(GenericCommandMessage.asCommandMessage("capture"), refusal, failures(1),
                () -> { })).isFalse();
    }

    @Test
    void givesUpAfterTheConfiguredNumberOfRetries() {
        assertThat(scheduler.scheduleRetry(GenericCommandMessage.asCommandMessage("capture"),
                new ConcurrencyException("again"), failures(4), () -> { })).isFalse();
    }

    @SuppressWarnings("unchecked")
    private static List<Class<? extends Throwable>[]> failures(int count) {
        List<Class<? extends Throwable>[]> failures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            failures.add(new Class[] {ConcurrencyException.class});
        }
        return failures;
    }
}
