package io.paymentledger.command.paymentintent;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.paymentledger.command.axon.PaymentErrorInterceptor;
import io.paymentledger.command.axon.PaymentsProperties;
import io.paymentledger.command.processor.Ids;
import io.paymentledger.command.processor.PaymentProcessor;
import io.paymentledger.command.processor.TestPaymentProcessor;
import io.paymentledger.messages.paymentintent.*;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.paymentmethod.PaymentMethodInput;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.deadline.SimpleDeadlineManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random command sequences through a real command bus and event store; after every step the stored events must
 * keep docs/api.md §4.3's invariants and change nothing but metadata and description after a terminal status (commands
 * carry tokenized payment methods only: no card number can reach an event).
 */
class PaymentIntentInvariantsTest {

    private static final String ACCOUNT = "acct_prop";
    private static final List<PaymentErrorCode> CARD_ERRORS = List.of(PaymentErrorCode.INCORRECT_NUMBER,
            PaymentErrorCode.INVALID_EXPIRY_MONTH, PaymentErrorCode.INVALID_CVC);
    private static final List<String> PAYMENT_METHOD_IDS = List.of("pm_card_visa", "pm_card_chargeDeclined",
            "pm_card_authenticationRequired", "pm_card_threeDSecure2Required", "pm_test_processing_succeeds",
            "pm_test_processing_fails", "pm_card_authenticationRequiredChargeDeclinedInsufficientFunds");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private final AtomicInteger intents = new AtomicInteger();
    private Configuration axon;

    @BeforeProperty
    void startAxon() {
        axon = DefaultConfigurer.defaultConfiguration(false)
                .configureSerializer(c -> JacksonSerializer.builder().objectMapper(JSON).build())
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(PaymentIntent.class)
                .registerComponent(PaymentProcessor.class,
                        c -> new TestPaymentProcessor(Ids.random()))
                .registerComponent(PaymentsProperties.class,
                        c -> new PaymentsProperties(3, Duration.ofDays(1), 50, 0, Duration.ofSeconds(5),
                                Duration.ofSeconds(3), Duration.ofSeconds(10)))
                .configureDeadlineManager(c -> SimpleDeadlineManager.builder()
                        .scopeAwareProvider(new ConfigurationScopeAwareProvider(c)).build())
                .buildConfiguration();
        axon.commandBus().registerHandlerInterceptor(new PaymentErrorInterceptor());
        axon.start();
    }

    @AfterProperty
    void stopAxon() {
        axon.shutdown();
    }

    @Property(tries = 150)
    void invariantsHoldAfterEveryCommand(@ForAll("creations") Function<String, Object> creation,
                                         @ForAll("steps") List<Function<String, Object>> steps) {
        String id = "pi_prop" + String.format("%017d", intents.incrementAndGet());
        run(id, creation.apply(id));
        for (Function<String, Object> step : steps) {
            run(id, step.apply(id));
        }
    }

    private void run(String id, Object command) {
        int before = events(id).size();
        try {
            CommandResult result = axon.commandGateway().sendAndWait(command);
            assertThat(result.version()).as("version of %s", command).isEqualTo(events(id).size() - 1);
        } catch (CommandExecutionException refused) {
            assertThat(events(id)).as("events after refused %s", command).hasSize(before);
        }
        checkInvariants(events(id));
    }

    private List<DomainEventMessage<?>> events(String id) {
        return axon.eventStore().readEvents(id).asStream().<DomainEventMessage<?>>map(e -> e).toList();
    }

    private static void checkInvariants(List<DomainEventMessage<?>> events) {
        IntentModel model = new IntentModel();
        for (DomainEventMessage<?> event : events) {
            model.apply(event.getPayload());
            assertThat(model.amountReceived).isBetween(0L, model.amount);
            assertThat(model.amountCapturable).isBetween(0L, model.amount);
            if (model.amountCapturable > 0) {
                assertThat(model.status).isEqualTo(PaymentIntentStatus.REQUIRES_CAPTURE);
            }
        }
    }


    @Provide
    Arbitrary<Function<String, Object>> creations() {
        return Combinators.combine(Arbitraries.longs().between(50, 5_000), Arbitraries.of(CaptureMethod.class),
                Arbitraries.of(ConfirmationMethod.class), paymentMethods().injectNull(0.3), confirmOptions()
                        .injectNull(0.5))
                .as((amount, capture, confirmation, pm, confirm) -> id -> new CreatePaymentIntent(id, ACCOUNT,
                        amount, "usd", PaymentIntentEvents.details(capture, confirmation), id + "_secret_x",
                        pm, pm == null ? null : confirm, null));
    }

    @Provide
    Arbitrary<List<Function<String, Object>>> steps() {
        Arbitrary<Function<String, Object>> update = Combinators.combine(
                Arbitraries.longs().between(1, 6_000).injectNull(0.6), Arbitraries.of("a", "b", "").injectNull(0.5),
                paymentMethods().injectNull(0.7), Arbitraries.of(true, false))
                .as((amount, metadataValue, pm, unsetPm) -> id -> new UpdatePaymentIntent(id, ACCOUNT,
                        patch(amount, metadataValue, pm, unsetPm)));
        Arbitrary<Function<String, Object>> confirm = Combinators.combine(paymentMethods().injectNull(0.5),
                confirmOptions()).as((pm, options) -> id -> new ConfirmPaymentIntent(id, ACCOUNT,
                        patch(null, null, pm, false), options));
        Arbitrary<Function<String, Object>> capture = Arbitraries.longs().between(0, 6_000).injectNull(0.4)
                .map(amount -> id -> new CapturePaymentIntent(id, ACCOUNT, amount, null));
        Arbitrary<Function<String, Object>> cancel = Arbitraries.of(CancellationReason.class)
                .map(reason -> id -> new CancelPaymentIntent(id, ACCOUNT, reason));
        Arbitrary<Function<String, Object>> authenticate = Arbitraries.of(true, false)
                .map(ok -> id -> new CompletePaymentIntentAuthentication(id, ACCOUNT, ok));
        Arbitrary<Function<String, Object>> settle = Arbitraries.just(id -> new SettlePaymentIntent(id, ACCOUNT));
        Arbitrary<Function<String, Object>> foreign = Arbitraries.just(id -> new CancelPaymentIntent(id,
                "acct_other", null));
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, update), net.jqwik.api.Tuple.of(4, confirm),
                        net.jqwik.api.Tuple.of(3, capture), net.jqwik.api.Tuple.of(1, cancel),
                        net.jqwik.api.Tuple.of(2, authenticate), net.jqwik.api.Tuple.of(2, settle),
                        net.jqwik.api.Tuple.of(1, foreign))
                .list().ofMaxSize(12);
    }

    private static PaymentIntentPatch patch(Long amount, String metadataValue, PaymentMethodInput pm,
                                            boolean unsetPm) {
        PaymentIntentPatch none = PaymentIntentPatch.none();
        return new PaymentIntentPatch(amount, null, pm, none.settings(), none.descriptors(), null, null,
                new MetadataPatch(metadataValue == null ? null : Map.of("k", metadataValue), false),
                unsetPm && pm == null ? Set.of(PatchField.PAYMENT_METHOD) : Set.of());
    }

    private Arbitrary<PaymentMethodInput> paymentMethods() {
        Arbitrary<PaymentMethodInput> ids = Arbitraries.of(PAYMENT_METHOD_IDS).map(TestPaymentMethods::byTestId);
        Arbitrary<PaymentMethodInput> refused = Arbitraries.of(CARD_ERRORS)
                .map(code -> TestPaymentMethods.refused(code, "number"));
        return Arbitraries.oneOf(ids, refused);
    }

    private Arbitrary<ConfirmOptions> confirmOptions() {
        return Combinators.combine(Arbitraries.of(OffSession.class).injectNull(0.5), Arbitraries.of(true, false))
                .as((offSession, errorOnAction) -> new ConfirmOptions(null, offSession, errorOnAction, false, null));
    }
}
