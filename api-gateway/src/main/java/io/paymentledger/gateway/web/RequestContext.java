package io.paymentledger.gateway.web;

import io.paymentledger.gateway.auth.Caller;
import io.paymentledger.messages.paymentintent.AuditMetadata;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.MetaData;

import java.util.HashMap;
import java.util.Map;

/** The request attributes the gateway's filters set and its controllers and error handling read. */
public final class RequestContext {

    private static final String REQUEST_ID = RequestContext.class.getName() + ".requestId";

    private RequestContext() {
    }

    static void setRequestId(HttpServletRequest request, String requestId) {
        request.setAttribute(REQUEST_ID, requestId);
    }

    /** The {@code req_…} id of this request, also sent as the {@code Request-Id} header. */
    public static String requestId(HttpServletRequest request) {
        Object id = request.getAttribute(REQUEST_ID);
        return id instanceof String requestId ? requestId : "req_unknown";
    }

    /** Who sent a command and how: the request id, API key id, account and Idempotency-Key its events keep. */
    public static MetaData commandMetaData(HttpServletRequest request, Caller caller) {
        Map<String, String> audit = new HashMap<>();
        audit.put(AuditMetadata.REQUEST_ID.key(), requestId(request));
        audit.put(AuditMetadata.API_KEY_ID.key(), caller.apiKeyId());
        audit.put(AuditMetadata.ACCOUNT_ID.key(), caller.accountId());
        String idempotencyKey = request.getHeader("Idempotency-Key");
        if (idempotencyKey != null && !idempotencyKey.isEmpty()) {
            audit.put(AuditMetadata.IDEMPOTENCY_KEY.key(), idempotencyKey);
        }
        return MetaData.from(audit);
    }
}
