package io.paymentledger.messages.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paymentledger.messages.paymentintent.PaymentIntentCreated;
import io.paymentledger.messages.paymentintent.PaymentIntentUpdated;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.util.Set;

/**
 * Reads {@link PaymentIntentCreated} and {@link PaymentIntentUpdated} stored without a revision (before their
 * details were grouped) as revision 2. Every application that reads events registers it as a bean; Axon puts the
 * beans into the upcaster chain of its event store.
 */
public class PaymentIntentDetailsUpcaster extends SingleEventUpcaster {

    static final String REVISION = "2";
    private static final Set<String> TYPES = Set.of(PaymentIntentCreated.class.getName(),
            PaymentIntentUpdated.class.getName());

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return TYPES.contains(event.getType().getName()) && event.getType().getRevision() == null;
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(new SimpleSerializedType(event.getType().getName(), REVISION), JsonNode.class,
                payload -> {
                    ((ObjectNode) payload).set("details", DetailsRevision2.regroup(payload.get("details")));
                    return payload;
                });
    }
}
