package io.paymentledger.command.paymentintent;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.paymentledger.command.axon.PaymentErrorInterceptor;
import io.paymentledger.command.axon.PaymentsProperties;
import io.paymentledger.command.processor.PaymentProcessor;
import io.paymentledger.command.processor.TestPaymentProcessor;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.error.PaymentRejection;
import io.paymentledger.messages.paymentintent.CaptureMethod;
import io.paymentledger.messages.paymentintent.CommandResult;
import io.paymentledger.messages.paymentintent.ConfirmationMethod;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.deadline.SimpleDeadlineManager;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.paymentledger.command.paymentintent.PaymentIntentCommands.*;
import static io.paymentledger.command.paymentintent.PaymentIntentEvents.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The aggregate behind a real command bus and gateway, as the other sides see it: results, versions and the
 * error details the {@link PaymentErrorInterceptor} puts on refusals.
 */
class PaymentIntentCommandBusTest {

    private Configuration axon;

    @BeforeEach
    void startAxon() {
        JacksonSerializer serializer = JacksonSerializer.builder()
                .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())).build();
        axon = DefaultConfigurer.defaultConfiguration(false)
                .configureSerializer(c -> serializer)
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(PaymentIntent.class)
                .registerComponent(PaymentProcessor.class,
                        c -> new TestPaymentProcessor(new SequentialIds()))
                .registerComponent(PaymentsProperties.class,
                        c -> new PaymentsProperties(20, Duration.ofSeconds(10), 50, 0, Duration.ofSeconds(5),
                                Duration.ofSeconds(3), Duration.ofSeconds(10)))
                .configureDeadlineManager(c -> SimpleDeadlineManager.builder()
                        .scopeAwareProvider(new ConfigurationScopeAwareProvider(c)).build())
                .buildConfiguration();
        axon.commandBus().registerHandlerInterceptor(new PaymentErrorInterceptor());
        axon.start();
    }

    @AfterEach
    void stopAxon() {
        axon.shutdown();
    }

    private <R> R send(Object command) {
        return axon.commandGateway().sendAndWait(command);
    }

    private PaymentRejection refusal(Object command) {
        CommandExecutionException e = catchThrowableOfType(() -> send(command), CommandExecutionException.class);
        assertThat(e).as("refused").isNotNull();
        return e.<PaymentRejection>getDetails().orElseThrow();
    }

    @Test
    void creationAnswersTheCommandResultAtVersionZero() {
        CommandResult result = send(create(AMOUNT, "usd"));
        assertThat(result).isEqualTo(new CommandResult(ID, 0, null));
    }

    @Test
    void everyCommandAnswersTheSequenceNumberOfItsLastEvent() {
        send(create(AMOUNT, "usd", details(), paymentMethodId("pm_card_visa"), null));
        CommandResult confirmed = send(confirm());
        assertThat(confirmed.version()).isEqualTo(2);
        CommandResult unchanged = send(update(Patch.of().build()));
        assertThat(unchanged.version()).isEqualTo(2);
    }

    @Test
    void aDeclineIsAnAnswerNotAnError() {
        CommandResult result = send(create(AMOUNT, "usd", details(), paymentMethodId("pm_card_chargeDeclined"),
                ON_SESSION));
        assertThat(result.version()).isEqualTo(2);
        assertThat(result.declineError().code()).isEqualTo(PaymentErrorCode.CARD_DECLINED);
    }

    @Test
    void aRefusalCarriesTheErrorAndTheCurrentIntent() {
        send(create(AMOUNT, "usd"));
        PaymentRejection rejection = refusal(capture(null));
        assertThat(rejection.error().code()).isEqualTo(PaymentErrorCode.PAYMENT_INTENT_UNEXPECTED_STATE);
        assertThat(rejection.paymentIntentId()).isEqualTo(ID);
        assertThat(rejection.version()).isZero();
    }

    @Test
    void aMissingIntentIsResourceMissing() {
        PaymentRejection rejection = refusal(capture(null));
        assertThat(rejection.error().code()).isEqualTo(PaymentErrorCode.RESOURCE_MISSING);
        assertThat(rejection.error().param()).isEqualTo("intent");
        assertThat(rejection.error().message()).isEqualTo("No such payment_intent: '" + ID + "'");
        assertThat(rejection.paymentIntentId()).isNull();
    }

    @Test
    void anotherAccountsIntentIsRefusedExactlyLikeAMissingOne() {
        PaymentRejection missing = refusal(cancel());
        send(create(AMOUNT, "usd"));
        PaymentRejection foreign = refusal(update(OTHER_ACCOUNT, Patch.of().description("x").build()));
        assertThat(foreign).isEqualTo(missing);
    }

    @Test
    void ofConcurrentCapturesExactlyOneSucceedsAndTheOthersAreRefused() throws Exception {
        send(create(AMOUNT, "usd", details(CaptureMethod.MANUAL, ConfirmationMethod.AUTOMATIC),
                paymentMethodId("pm_card_visa"), ON_SESSION));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Object>> outcomes = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                outcomes.add(threads.submit(() -> {
                    try {
                        return send(capture(null));
                    } catch (CommandExecutionException refused) {
                        return refused.<PaymentRejection>getDetails().orElseThrow().error().code();
                    }
                }));
            }
            List<Object> results = new ArrayList<>();
            for (Future<Object> outcome : outcomes) {
                results.add(outcome.get());
            }
            assertThat(results).filteredOn(CommandResult.class::isInstance).hasSize(1);
            assertThat(results).filteredOn(result -> !(result instanceof CommandResult))
                    .hasSize(7).containsOnly(PaymentErrorCode.PAYMENT_INTENT_UNEXPECTED_STATE);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aRefusedCreationNamesNoIntentAndStoresNothing() {
        PaymentRejection rejection = refusal(create(AMOUNT, "usd", details(), null, ON_SESSION));
        assertThat(rejection.error().code()).isEqualTo(PaymentErrorCode.PARAMETER_MISSING);
        assertThat(rejection.paymentIntentId()).isNull();
        assertThat(refusal(cancel()).error().code()).isEqualTo(PaymentErrorCode.RESOURCE_MISSING);
    }
}
