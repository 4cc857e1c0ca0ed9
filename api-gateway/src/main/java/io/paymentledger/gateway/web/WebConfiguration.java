package io.paymentledger.gateway.web;

import java.util.List;

import io.paymentledger.gateway.auth.ApiKeyInterceptor;
import io.paymentledger.gateway.auth.CallerArgumentResolver;
import io.paymentledger.gateway.auth.CapabilityInterceptor;
import io.paymentledger.gateway.auth.ConsumerKeyInterceptor;
import io.paymentledger.gateway.ratelimit.RateLimitInterceptor;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every {@code /v1} route, known or not, requires a key and counts against its rate limit; the WooPayments routes
 * ({@code /wp-json}) require a consumer key pair and count the same way; payments then need the account's
 * {@code payments} capability. The hosted pages and API docs need none of this.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final ApiKeyInterceptor apiKeys;
    private final RateLimitInterceptor rateLimits;
    private final CallerArgumentResolver callers;
    private final ConsumerKeyInterceptor consumerKeys;
    private final CapabilityInterceptor capabilities;

    WebConfiguration(ApiKeyInterceptor apiKeys, RateLimitInterceptor rateLimits, CallerArgumentResolver callers,
                     ConsumerKeyInterceptor consumerKeys, CapabilityInterceptor capabilities) {
        this.capabilities = capabilities;
        this.apiKeys = apiKeys;
        this.consumerKeys = consumerKeys;
        this.rateLimits = rateLimits;
        this.callers = callers;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(apiKeys).addPathPatterns("/v1/**");
        registry.addInterceptor(consumerKeys).addPathPatterns("/wp-json/**");
        registry.addInterceptor(rateLimits).addPathPatterns("/v1/**", "/wp-json/**");
        // After the key interceptors: it reads the caller they found.
        registry.addInterceptor(capabilities).addPathPatterns("/v1/**", "/wp-json/**");
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(callers);
    }
}
