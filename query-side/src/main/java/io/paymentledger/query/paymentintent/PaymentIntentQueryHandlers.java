package io.paymentledger.query.paymentintent;

import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.paymentintent.CreatedRange;
import io.paymentledger.messages.paymentintent.FindPaymentIntent;
import io.paymentledger.messages.paymentintent.FindPaymentIntentForClient;
import io.paymentledger.messages.paymentintent.ListPaymentIntents;
import io.paymentledger.messages.paymentintent.PaymentIntentPage;
import io.paymentledger.messages.paymentintent.PaymentIntentSearchResult;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import io.paymentledger.messages.paymentintent.SearchPaymentIntents;
import io.paymentledger.query.axon.QueryRejections;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Retrieve, list and search, answered from payment_intent_view; only the caller's account is ever visible. */
@Component
class PaymentIntentQueryHandlers {

    private final PaymentIntentRows rows;

    PaymentIntentQueryHandlers(PaymentIntentRows rows) {
        this.rows = rows;
    }

    @QueryHandler
    Optional<PaymentIntentView> handle(FindPaymentIntent query) {
        return rows.find(query.paymentIntentId()).filter(view -> view.accountId().equals(query.accountId()));
    }

    /** Compared in constant time, so the answer's timing tells nothing about a guessed secret. */
    @QueryHandler
    Optional<PaymentIntentView> handle(FindPaymentIntentForClient query) {
        return rows.find(query.paymentIntentId()).filter(view -> query.clientSecret() != null
                && view.clientSecret() != null && MessageDigest.isEqual(
                        view.clientSecret().getBytes(StandardCharsets.UTF_8),
                        query.clientSecret().getBytes(StandardCharsets.UTF_8)));
    }

    @QueryHandler
    PaymentIntentPage handle(ListPaymentIntents query) {
        int limit = checkedLimit(query.limit());
        if (query.startingAfter() != null && query.endingBefore() != null) {
            throw QueryRejections.rejected(PaymentErrorCode.PARAMETERS_EXCLUSIVE,
                    "You may only specify one of these parameters: starting_after, ending_before.", "ending_before");
        }
        SqlWhere where = filters(query);
        if (query.endingBefore() != null) {
            IntentPosition cursor = cursor(query.accountId(), query.endingBefore(), "ending_before");
            List<PositionedView> newer = rows.select(where.and(cursor.newerThan(where)), true, limit + 1);
            List<PaymentIntentView> page = views(newer, limit);
            Collections.reverse(page);
            return new PaymentIntentPage(page, newer.size() > limit);
        }
        if (query.startingAfter() != null) {
            IntentPosition cursor = cursor(query.accountId(), query.startingAfter(), "starting_after");
            where.and(cursor.olderThan(where));
        }
        List<PositionedView> older = rows.select(where, false, limit + 1);
        return new PaymentIntentPage(views(older, limit), older.size() > limit);
    }

    @QueryHandler
    PaymentIntentSearchResult handle(SearchPaymentIntents query) {
        int limit = checkedLimit(query.limit());
        SearchQuery search;
        try {
            search = SearchParser.parse(query.query());
        } catch (SearchSyntaxException e) {
            throw QueryRejections.rejected(PaymentErrorCode.INVALID_REQUEST, e.getMessage(), "query");
        }
        SqlWhere where = new SqlWhere();
        where.and("v.account_id = " + where.bind(query.accountId())).and(SearchSql.predicate(search, where));
        Long total = query.totalCount() ? rows.count(where) : null;
        if (query.page() != null) {
            IntentPosition after = SearchPageToken.decode(query.page());
            where.and(after.olderThan(where));
        }
        List<PositionedView> found = rows.select(where, false, limit + 1);
        boolean hasMore = found.size() > limit;
        String nextPage = hasMore ? SearchPageToken.encode(found.get(limit - 1).position()) : null;
        return new PaymentIntentSearchResult(views(found, limit), hasMore, nextPage, total);
    }

    private SqlWhere filters(ListPaymentIntents query) {
        SqlWhere where = new SqlWhere();
        where.and("v.account_id = " + where.bind(query.accountId()));
        if (query.customer() != null) {
            where.and("v.customer = " + where.bind(query.customer()));
        }
        if (query.status() != null) {
            where.and("v.status = " + where.bind(query.status().wireName()));
        }
        if (query.currency() != null) {
            where.and("v.currency = " + where.bind(query.currency().toLowerCase(Locale.ROOT)));
        }
        CreatedRange created = query.created();
        if (created != null) {
            bound(where, ">", created.gt());
            bound(where, ">=", created.gte());
            bound(where, "<", created.lt());
            bound(where, "<=", created.lte());
        }
        if (query.metadata() != null) {
            for (Map.Entry<String, String> entry : query.metadata().entrySet()) {
                where.and(where.hasMetadata(entry.getKey(), "m.meta_value = " + where.bind(entry.getValue())));
            }
        }
        return where;
    }

    private static void bound(SqlWhere where, String operator, Long seconds) {
        if (seconds != null) {
            where.and("v.created " + operator + " " + where.bind(seconds));
        }
    }

    private IntentPosition cursor(String accountId, String id, String param) {
        return rows.position(accountId, id).orElseThrow(() -> QueryRejections.rejected(
                PaymentErrorCode.RESOURCE_MISSING, "No such payment_intent: '" + id + "'", param));
    }

    private static int checkedLimit(int limit) {
        if (limit < 1 || limit > 100) {
            throw QueryRejections.rejected(PaymentErrorCode.INVALID_REQUEST,
                    "Invalid limit: must be between 1 and 100.", "limit");
        }
        return limit;
    }

    private static List<PaymentIntentView> views(List<PositionedView> found, int limit) {
        List<PaymentIntentView> views = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, found.size()); i++) {
            views.add(found.get(i).view());
        }
        return views;
    }
}
