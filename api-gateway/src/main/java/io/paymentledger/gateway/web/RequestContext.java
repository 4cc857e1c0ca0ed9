package io.paymentledger.gateway.web;

import jakarta.servlet.http.HttpServletRequest;

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
}
