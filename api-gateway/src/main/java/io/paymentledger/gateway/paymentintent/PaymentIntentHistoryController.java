package io.paymentledger.gateway.paymentintent;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.paymentledger.gateway.auth.Caller;
import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.gateway.web.ApiResponses;
import io.paymentledger.gateway.web.ParamReader;
import io.paymentledger.gateway.web.RequestBodies;
import io.paymentledger.messages.paymentintent.FindPaymentIntentHistory;
import io.paymentledger.messages.paymentintent.HistoryEntry;
import io.paymentledger.messages.paymentintent.PaymentIntentHistory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail of one intent (our extension): its stored events in order, each with the request that caused
 * it ({@code request_id}, {@code idempotency_key}, {@code api_key_id}: the key's last four characters), a page
 * of up to {@code limit} events after {@code starting_after} (a {@code sequence_number}) at a time.
 * <pre>{"object":"list","url":"/v1/payment_intents/pi_…/history","has_more":false,"data":[{"object":
 * "payment_intent_event","sequence_number":0,"created":1763900000,"type":"PaymentIntentCreated",
 * "payload":{…},"metadata":{"requestId":"req_…"}}]}</pre>
 */
@RestController
@Tag(name = "PaymentIntents")
class PaymentIntentHistoryController {

    private static final Set<String> PARAMS = Set.of("limit", "starting_after");
    private static final int MAX_LIMIT = 100;

    private final RequestBodies bodies;
    private final PaymentIntentQueries queries;
    private final ObjectMapper objectMapper;

    PaymentIntentHistoryController(RequestBodies bodies, PaymentIntentQueries queries, ObjectMapper objectMapper) {
        this.bodies = bodies;
        this.queries = queries;
        this.objectMapper = objectMapper;
    }

    @GetMapping("/v1/payment_intents/{id}/history")
    @Operation(summary = "The intent's event history", description = "Its stored events with their audit metadata, "
            + "oldest first: limit (1-100, default 100) and starting_after (a sequence_number) page through them.")
    ResponseEntity<Object> history(@PathVariable String id, @Parameter(hidden = true) Caller caller,
                                   HttpServletRequest request) {
        ParamReader params = ParamReader.of(bodies.read(request)).allowOnly(PARAMS);
        Long limit = params.integer("limit", 1, MAX_LIMIT);
        Long startingAfter = params.integer("starting_after", 0, Long.MAX_VALUE);
        PaymentIntentHistory history = queries.find(new FindPaymentIntentHistory(caller.accountId(), id,
                        startingAfter, limit == null ? MAX_LIMIT : limit.intValue()),
                PaymentIntentHistory.class).orElseThrow(() -> ApiException.noSuchPaymentIntent(id));
        return ApiResponses.ok(ApiResponses.list(history.events().stream().map(this::entry).toList(),
                history.hasMore(), "/v1/payment_intents/" + id + "/history"));
    }

    private Map<String, Object> entry(HistoryEntry entry) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("object", "payment_intent_event");
        json.put("sequence_number", entry.sequenceNumber());
        json.put("created", entry.timestamp().getEpochSecond());
        json.put("type", entry.eventType());
        json.put("payload", payload(entry.payloadJson()));
        json.put("metadata", entry.metadata() == null ? Map.of() : entry.metadata());
        return json;
    }

    // The payload is the stored event's JSON; shown as an object, or as text should it not parse.
    private Object payload(String payloadJson) {
        if (payloadJson == null) {
            return null;
        }
        try {
            return objectMapper.readTree(payloadJson);
        } catch (JsonProcessingException notJson) {
            return payloadJson;
        }
    }
}
