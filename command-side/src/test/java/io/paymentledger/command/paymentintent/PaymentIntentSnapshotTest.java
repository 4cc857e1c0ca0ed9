package io.paymentledger.command.paymentintent;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicReference;

import static io.paymentledger.command.paymentintent.PaymentIntentCommands.*;
import static io.paymentledger.command.paymentintent.PaymentIntentEvents.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Snapshots store the aggregate itself, serialized with Jackson like the events. */
class PaymentIntentSnapshotTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().findAndRegisterModules()).build();

    @Test
    void anAuthorizedIntentSurvivesASnapshotRoundTrip() {
        AtomicReference<PaymentIntent> captured = new AtomicReference<>();
        PaymentIntentFixture.create()
                .given(inStatus(io.paymentledger.messages.paymentintent.PaymentIntentStatus.REQUIRES_CAPTURE))
                .when(update(Patch.of().metadata("k", "v").build()))
                .expectState(captured::set);

        SerializedObject<byte[]> snapshot = serializer.serialize(captured.get(), byte[].class);
        PaymentIntent restored = serializer.deserialize(snapshot);

        assertThat(restored).usingRecursiveComparison().isEqualTo(captured.get());
        assertThat(new String(snapshot.getData(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"status\":\"REQUIRES_CAPTURE\"", visa().id());
        assertThat(snapshot.getType().getRevision()).as("old snapshots are ignored by revision").isEqualTo("6");
    }

    @Test
    void aRefundedChargeSurvivesASnapshotRoundTrip() {
        AtomicReference<PaymentIntent> captured = new AtomicReference<>();
        PaymentIntentFixture.create()
                .given(inStatus(io.paymentledger.messages.paymentintent.PaymentIntentStatus.SUCCEEDED))
                .when(new io.paymentledger.messages.paymentintent.RefundCharge(ID, ACCOUNT, CHARGE, "re_1", 500L,
                        null, java.util.Map.of("k", "v")))
                .expectState(captured::set);

        SerializedObject<byte[]> snapshot = serializer.serialize(captured.get(), byte[].class);
        PaymentIntent restored = serializer.deserialize(snapshot);

        assertThat(restored).usingRecursiveComparison().isEqualTo(captured.get());
        assertThat(new String(snapshot.getData(), java.nio.charset.StandardCharsets.UTF_8)).contains("re_1");
    }
}
