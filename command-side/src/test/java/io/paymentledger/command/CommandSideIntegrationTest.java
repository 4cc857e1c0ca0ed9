package io.paymentledger.command;

import io.paymentledger.command.paymentintent.TestPaymentMethods;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.error.PaymentRejection;
import io.paymentledger.messages.paymentintent.AuditMetadata;
import io.paymentledger.messages.paymentintent.CaptureMethod;
import io.paymentledger.messages.paymentintent.CapturePaymentIntent;
import io.paymentledger.messages.paymentintent.CommandResult;
import io.paymentledger.messages.paymentintent.ConfirmOptions;
import io.paymentledger.messages.paymentintent.ConfirmationMethod;
import io.paymentledger.messages.paymentintent.CreatePaymentIntent;
import io.paymentledger.messages.paymentintent.Descriptors;
import io.paymentledger.messages.paymentintent.PaymentIntentDetails;
import io.paymentledger.messages.paymentintent.PaymentIntentPatch;
import io.paymentledger.messages.paymentintent.PaymentIntentSucceeded;
import io.paymentledger.messages.paymentintent.PaymentSettings;
import io.paymentledger.messages.paymentintent.References;
import io.paymentledger.messages.paymentintent.UpdatePaymentIntent;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

/**
 * The command side in Spring Boot with Axon's JDBC event store, db-scheduler deadlines and Jackson, as the ledger
 * runs it: handler parameters come from beans, refusals carry their details, deadlines fire, snapshots load.
 */
@SpringBootTest(classes = CommandSideIntegrationTest.CommandSideApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:command-side;MODE=PostgreSQL;DATABASE_TO_LOWER=FALSE;DB_CLOSE_DELAY=-1",
        "spring.flyway.locations=classpath:db/migration/command,classpath:db/migration/deadlines",
        "axon.axonserver.enabled=false",
        "axon.serializer.general=jackson", "axon.serializer.events=jackson", "axon.serializer.messages=jackson",
        "db-scheduler.polling-interval=100ms", "db-scheduler.table-name=scheduled_tasks",
        "ledger.payments.settlement-delay=1s", "ledger.payments.snapshot-threshold=3",
        "ledger.payments.fingerprint-secret=command-side-test-secret"})
class CommandSideIntegrationTest {

    private static final String ACCOUNT = "acct_it";
    private static final ConfirmOptions ON_SESSION = new ConfirmOptions(null, null, false, false, null);

    @SpringBootApplication
    static class CommandSideApplication {
    }

    private final CommandGateway commands;
    private final EventStore events;
    private final JdbcTemplate jdbc;

    @Autowired
    CommandSideIntegrationTest(CommandGateway commands, EventStore events, JdbcTemplate jdbc) {
        this.commands = commands;
        this.events = events;
        this.jdbc = jdbc;
    }

    private static String newId() {
        return "pi_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }

    private static CreatePaymentIntent create(String id, CaptureMethod captureMethod, String paymentMethodId) {
        PaymentIntentDetails details = new PaymentIntentDetails(
                new PaymentSettings(captureMethod, ConfirmationMethod.AUTOMATIC, List.of("card"), null, null, null),
                Descriptors.none(), References.none(), Map.of(), null);
        return new CreatePaymentIntent(id, ACCOUNT, 2_000, "usd", details, id + "_secret_it",
                TestPaymentMethods.byTestId(paymentMethodId), ON_SESSION, null);
    }

    private static UpdatePaymentIntent describe(String id, String description) {
        PaymentIntentPatch patch = PaymentIntentPatch.none();
        return new UpdatePaymentIntent(id, ACCOUNT, new PaymentIntentPatch(null, null, null, patch.settings(),
                new Descriptors(description, null, null, null), null, null, patch.metadata(), Set.of()));
    }

    /** All stored events, read from the first one rather than from the latest snapshot. */
    private List<? extends DomainEventMessage<?>> eventsOf(String id) {
        return events.readEvents(id, 0).asStream().toList();
    }

    @Test
    void authorizesAndCapturesWithTheProcessorBean() {
        String id = newId();
        CommandResult authorized = commands.sendAndWait(create(id, CaptureMethod.MANUAL, "pm_card_visa"));
        CommandResult captured = commands.sendAndWait(new CapturePaymentIntent(id, ACCOUNT, 1_500L, null));

        assertThat(authorized.version()).isEqualTo(2);
        assertThat(captured.version()).isEqualTo(3);
        assertThat(eventsOf(id).get(3).getPayload()).isInstanceOfSatisfying(PaymentIntentSucceeded.class,
                succeeded -> {
                    assertThat(succeeded.amountReceived()).isEqualTo(1_500);
                    assertThat(succeeded.amountReleased()).isEqualTo(500);
                    assertThat(succeeded.chargeId()).matches("ch_[A-Za-z0-9]{24}");
                });
    }

    @Test
    void refusalsReachTheCallerAsPaymentRejections() {
        String id = newId();
        commands.sendAndWait(create(id, CaptureMethod.AUTOMATIC, "pm_card_visa"));
        CommandExecutionException refused = catchThrowableOfType(
                () -> commands.sendAndWait(new CapturePaymentIntent(id, ACCOUNT, null, null)),
                CommandExecutionException.class);
        PaymentRejection rejection = refused.<PaymentRejection>getDetails().orElseThrow();
        assertThat(rejection.error().code()).isEqualTo(PaymentErrorCode.PAYMENT_INTENT_UNEXPECTED_STATE);
        assertThat(rejection.paymentIntentId()).isEqualTo(id);
        assertThat(rejection.version()).isEqualTo(2);
    }

    @Test
    void settlesAProcessingAttemptWhenTheSettlementDeadlineFires() {
        String id = newId();
        commands.sendAndWait(create(id, CaptureMethod.AUTOMATIC, "pm_test_processing_succeeds"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(eventsOf(id))
                .last().extracting(DomainEventMessage::getPayload).isInstanceOf(PaymentIntentSucceeded.class));
    }

    @Test
    void keepsWorkingFromASnapshot() {
        String id = newId();
        commands.sendAndWait(create(id, CaptureMethod.MANUAL, "pm_card_visa"));
        for (int i = 0; i < 4; i++) {
            commands.sendAndWait(describe(id, "description " + i));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM SnapshotEventEntry WHERE aggregateIdentifier = ?", Integer.class, id) > 0);

        CommandResult captured = commands.sendAndWait(new CapturePaymentIntent(id, ACCOUNT, null, null));
        assertThat(captured.version()).isEqualTo(7);
    }

    @Test
    void copiesAuditMetadataFromTheCommandOntoItsEvents() {
        String id = newId();
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(create(id, CaptureMethod.AUTOMATIC,
                "pm_card_visa")).andMetaData(Map.of(AuditMetadata.REQUEST_ID.key(), "req_it",
                AuditMetadata.IDEMPOTENCY_KEY.key(), "key-1")));
        assertThat(eventsOf(id)).allSatisfy(event -> assertThat(event.getMetaData())
                .containsEntry("requestId", "req_it").containsEntry("idempotencyKey", "key-1")
                .containsKey("correlationId"));
    }
}
