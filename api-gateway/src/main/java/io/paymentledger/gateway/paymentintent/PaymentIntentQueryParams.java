package io.paymentledger.gateway.paymentintent;

import io.paymentledger.gateway.web.MetadataParam;
import io.paymentledger.gateway.web.ParamErrors;
import io.paymentledger.gateway.web.ListParams;
import io.paymentledger.gateway.web.ParamReader;
import io.paymentledger.gateway.web.RequestParams;
import io.paymentledger.messages.paymentintent.CreatedRange;
import io.paymentledger.messages.paymentintent.ListPaymentIntents;
import io.paymentledger.messages.paymentintent.PaymentIntentStatus;
import io.paymentledger.messages.paymentintent.SearchPaymentIntents;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** The GET endpoints: retrieve (§3.2), list (§3.7) and search (§3.8). */
final class PaymentIntentQueryParams {

    /** 9999-12-31T23:59:59Z: later seconds do not fit an {@code Instant} the way clients mean them. */
    private static final long LATEST_INSTANT_SECONDS = 253_402_300_799L;
    private static final Set<String> RETRIEVE = Set.of("expand", "client_secret", "as_of");
    private static final Set<String> LIST = Set.of("limit", "starting_after", "ending_before", "created", "customer",
            "expand", "status", "currency", "metadata");
    private static final Set<String> SEARCH = Set.of("query", "limit", "page", "expand");
    private static final int MAX_ID = 5000;

    private PaymentIntentQueryParams() {
    }

    static PaymentIntentRetrieveParams retrieve(RequestParams request) {
        ParamReader params = ParamReader.of(request).allowOnly(RETRIEVE);
        String clientSecret = params.string("client_secret", MAX_ID);
        Long asOf = params.integer("as_of", 0, LATEST_INSTANT_SECONDS);
        return new PaymentIntentRetrieveParams(PaymentIntentParams.expansions(params, false),
                asOf == null ? null : Instant.ofEpochSecond(asOf), clientSecret);
    }

    static ListPaymentIntents list(RequestParams request, String accountId) {
        ParamReader params = ParamReader.of(request).allowOnly(LIST);
        String startingAfter = params.optionalString("starting_after", MAX_ID);
        String endingBefore = params.optionalString("ending_before", MAX_ID);
        if (startingAfter != null && endingBefore != null) {
            throw ParamErrors.exclusive("starting_after", "ending_before");
        }
        int limit = ListParams.limit(params);
        CreatedRange created = ListParams.created(params);
        PaymentIntentStatus status = params.enumValue("status", PaymentIntentStatus.values(),
                PaymentIntentStatus::wireName);
        String currency = TextParams.currency(params, "currency", false);
        PaymentIntentParams.expansions(params, true);
        return new ListPaymentIntents(accountId, params.optionalString("customer", MAX_ID), status, currency, created,
                metadataFilter(params), limit, startingAfter, endingBefore);
    }

    static SearchPaymentIntents search(RequestParams request, String accountId) {
        ParamReader params = ParamReader.of(request).allowOnly(SEARCH);
        String query = params.requiredString("query", 5000);
        int limit = ListParams.limit(params);
        String page = params.optionalString("page", MAX_ID);
        boolean totalCount = PaymentIntentParams.expansions(params, true).totalCount();
        return new SearchPaymentIntents(accountId, query, limit, page, totalCount);
    }

    /** Keys sent empty filter nothing; no filter at all is null. */
    private static Map<String, String> metadataFilter(ParamReader params) {
        Map<String, String> metadata = MetadataParam.withoutEmptyValues(params, "metadata");
        return metadata.isEmpty() ? null : metadata;
    }


}
