package io.paymentledger.query.event;

import io.paymentledger.messages.event.ApiEventPage;
import io.paymentledger.messages.event.ApiEventView;
import io.paymentledger.messages.event.FindApiEvent;
import io.paymentledger.messages.event.ListApiEvents;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.query.axon.QueryRejections;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Answers the Events API's queries from api_event, always within the asking account. */
@Component
class ApiEventQueryHandlers {

    private final ApiEventRows rows;

    ApiEventQueryHandlers(ApiEventRows rows) {
        this.rows = rows;
    }

    @QueryHandler
    Optional<ApiEventView> handle(FindApiEvent query) {
        return rows.find(query.accountId(), query.eventId());
    }

    @QueryHandler
    ApiEventPage handle(ListApiEvents query) {
        ApiEventRows.ListQuery filters = new ApiEventRows.ListQuery(query.accountId(),
                query.types() == null ? List.of() : query.types(), query.created());
        // One extra row tells whether there is a further page.
        int fetch = query.limit() + 1;
        if (query.endingBefore() != null) {
            long cursor = cursor(query.accountId(), query.endingBefore(), "ending_before");
            List<ApiEventView> newer = new ArrayList<>(rows.select(filters, null, cursor, fetch));
            boolean hasMore = newer.size() > query.limit();
            List<ApiEventView> page = new ArrayList<>(newer.subList(0, Math.min(query.limit(), newer.size())));
            Collections.reverse(page);
            return new ApiEventPage(page, hasMore);
        }
        Long olderThan = query.startingAfter() == null ? null
                : cursor(query.accountId(), query.startingAfter(), "starting_after");
        List<ApiEventView> older = rows.select(filters, olderThan, null, fetch);
        boolean hasMore = older.size() > query.limit();
        return new ApiEventPage(List.copyOf(older.subList(0, Math.min(query.limit(), older.size()))), hasMore);
    }

    private long cursor(String accountId, String eventId, String param) {
        return rows.find(accountId, eventId).map(ApiEventView::position)
                .orElseThrow(() -> QueryRejections.rejected(PaymentErrorCode.RESOURCE_MISSING,
                        "No such event: '" + eventId + "'", param));
    }
}
