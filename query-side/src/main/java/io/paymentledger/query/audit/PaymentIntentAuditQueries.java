package io.paymentledger.query.audit;

import io.paymentledger.messages.paymentintent.FindPaymentIntentAsOf;
import io.paymentledger.messages.paymentintent.FindPaymentIntentHistory;
import io.paymentledger.messages.paymentintent.HistoryEntry;
import io.paymentledger.messages.paymentintent.PaymentIntentCreated;
import io.paymentledger.messages.paymentintent.PaymentIntentHistory;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import io.paymentledger.query.axon.ReadModelJson;
import io.paymentledger.query.paymentintent.PaymentIntentState;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An intent's stored events and its state at a past instant, read from the event store rather than the read
 * model. An intent of another account is answered like an unknown one.
 */
@Component
class PaymentIntentAuditQueries {

    private final EventStore eventStore;
    private final ReadModelJson json;

    PaymentIntentAuditQueries(EventStore eventStore, ReadModelJson json) {
        this.eventStore = eventStore;
        this.json = json;
    }

    @QueryHandler
    Optional<PaymentIntentHistory> handle(FindPaymentIntentHistory query) {
        Iterator<? extends DomainEventMessage<?>> events =
                eventStore.readEvents(query.paymentIntentId(), 0).asStream().iterator();
        DomainEventMessage<?> first = events.hasNext() ? events.next() : null;
        if (first == null || !ownedBy(first, query.accountId())) {
            return Optional.empty();
        }
        // The stream is read lazily: only the events up to the requested page are loaded.
        List<HistoryEntry> page = new ArrayList<>();
        long after = query.startingAfter() == null ? -1 : query.startingAfter();
        if (after < 0) {
            page.add(entry(first));
        }
        while (events.hasNext() && page.size() <= query.limit()) {
            DomainEventMessage<?> event = events.next();
            if (event.getSequenceNumber() > after) {
                page.add(entry(event));
            }
        }
        boolean hasMore = page.size() > query.limit();
        return Optional.of(new PaymentIntentHistory(query.paymentIntentId(),
                List.copyOf(hasMore ? page.subList(0, query.limit()) : page), hasMore));
    }

    private static boolean ownedBy(DomainEventMessage<?> first, String accountId) {
        return first.getPayload() instanceof PaymentIntentCreated created && created.accountId().equals(accountId);
    }

    @QueryHandler
    Optional<PaymentIntentView> handle(FindPaymentIntentAsOf query) {
        PaymentIntentView view = null;
        for (DomainEventMessage<?> event : events(query.accountId(), query.paymentIntentId())) {
            if (event.getTimestamp().isAfter(query.asOf())) {
                break;
            }
            view = PaymentIntentState.apply(view, event.getPayload(), event.getTimestamp(), event.getSequenceNumber());
        }
        return Optional.ofNullable(view);
    }

    /** All events from sequence 0; readEvents(id) alone would start at the command side's snapshot. */
    private List<DomainEventMessage<?>> events(String accountId, String paymentIntentId) {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(paymentIntentId, 0).asStream().toList();
        if (events.isEmpty() || !(events.get(0).getPayload() instanceof PaymentIntentCreated created)
                || !created.accountId().equals(accountId)) {
            return List.of();
        }
        return List.copyOf(events);
    }

    private HistoryEntry entry(DomainEventMessage<?> event) {
        Map<String, String> metadata = new TreeMap<>();
        event.getMetaData().forEach((key, value) -> metadata.put(key, String.valueOf(value)));
        return new HistoryEntry(event.getSequenceNumber(), event.getTimestamp(),
                event.getPayloadType().getSimpleName(), json.write(event.getPayload()), metadata);
    }
}
