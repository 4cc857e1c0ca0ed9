package io.paymentledger.gateway.web;

/**
 * Where rendered objects point: {@code publicBaseUrl} hosts the 3-D Secure page ({@code next_action}),
 * {@code docsBaseUrl} prefixes {@code doc_url} ({@code <docs>/error-codes/card-declined}) and
 * {@code requestLogBaseUrl}, when set, prefixes {@code request_log_url} ({@code <base>/req_…}). Trailing slashes
 * are dropped so that configured values may carry one or not.
 */
public record WireLinks(String publicBaseUrl, String docsBaseUrl, String requestLogBaseUrl) {

    /** Stripe's own error-code pages; our codes mirror Stripe's, so they are the right default. */
    public static final String DEFAULT_DOCS_BASE_URL = "https://docs.stripe.com";

    public WireLinks {
        publicBaseUrl = trim(publicBaseUrl == null ? "" : publicBaseUrl);
        docsBaseUrl = trim(docsBaseUrl == null ? DEFAULT_DOCS_BASE_URL : docsBaseUrl);
        requestLogBaseUrl = requestLogBaseUrl == null ? null : trim(requestLogBaseUrl);
    }

    public static WireLinks of(String publicBaseUrl) {
        return new WireLinks(publicBaseUrl, null, null);
    }

    public String docUrl(String code) {
        return code == null ? null : docsBaseUrl + "/error-codes/" + code.replace('_', '-');
    }

    public String requestLogUrl(String requestId) {
        return requestLogBaseUrl == null || requestId == null ? null : requestLogBaseUrl + "/" + requestId;
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
