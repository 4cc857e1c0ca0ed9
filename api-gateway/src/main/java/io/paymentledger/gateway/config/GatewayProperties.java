package io.paymentledger.gateway.config;

import java.time.Duration;

import io.paymentledger.gateway.web.WireLinks;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the REST gateway ({@code ledger.gateway.*}).
 *
 * @param apiKeys                secret keys and their accounts, {@code key=account,...}; falls back to the
 *                               {@code LEDGER_API_KEYS} environment variable
 * @param restrictedKeys         restricted keys, {@code rk_…=account:resource=read+resource=write,...}; falls back
 *                               to the {@code LEDGER_RESTRICTED_KEYS} environment variable
 * @param consumerKeys           WooCommerce key pairs of the WooPayments route,
 *                               {@code consumer_key:consumer_secret=account,...}; falls back to the
 *                               {@code LEDGER_CONSUMER_KEYS} environment variable
 * @param accountCapabilities    what each account may do, {@code account=payments+transfers,...}; accounts not
 *                               named have both; falls back to the {@code LEDGER_ACCOUNT_CAPABILITIES} environment
 *                               variable
 * @param allowDevelopmentKey    accept {@code sk_test_default} for {@code acct_default} when no keys are
 *                               configured (the standalone ledger only); otherwise start-up fails without keys
 * @param publicBaseUrl          where clients reach this gateway; the hosted 3-D Secure page links are built on it
 * @param docsBaseUrl            base of the {@code doc_url} in error bodies
 * @param readAfterWriteTimeout  how long a POST waits for the read model to show its command's result
 * @param commandTimeout         how long a POST waits for its command to be handled
 * @param idempotencyRetention   how long an idempotent result is kept and replayed
 * @param defaultStripeVersion   echoed in {@code Stripe-Version} when the request sent none
 * @param maxBodyBytes           larger request bodies are refused with 413
 * @param requestLogBaseUrl      when set, error bodies link {@code request_log_url} to {@code <base>/req_…}
 */
@ConfigurationProperties("ledger.gateway")
public record GatewayProperties(
        String apiKeys,
        String restrictedKeys,
        String consumerKeys,
        String accountCapabilities,
        @DefaultValue("false") boolean allowDevelopmentKey,
        @DefaultValue("http://localhost:8080") String publicBaseUrl,
        @DefaultValue("https://docs.stripe.com") String docsBaseUrl,
        @DefaultValue("10s") Duration readAfterWriteTimeout,
        @DefaultValue("30s") Duration commandTimeout,
        @DefaultValue("24h") Duration idempotencyRetention,
        @DefaultValue("2025-08-27.basil") String defaultStripeVersion,
        @DefaultValue("1048576") int maxBodyBytes,
        String requestLogBaseUrl) {

    /** Where rendered objects link to. */
    public WireLinks links() {
        return new WireLinks(publicBaseUrl, docsBaseUrl, requestLogBaseUrl);
    }
}
