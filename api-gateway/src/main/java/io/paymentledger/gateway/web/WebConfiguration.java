package io.paymentledger.gateway.web;

import java.util.List;

import io.paymentledger.gateway.auth.ApiKeyInterceptor;
import io.paymentledger.gateway.auth.CallerArgumentResolver;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every {@code /v1} route, known or not, requires a secret key; the hosted pages and API docs do not. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final ApiKeyInterceptor apiKeys;
    private final CallerArgumentResolver callers;

    WebConfiguration(ApiKeyInterceptor apiKeys, CallerArgumentResolver callers) {
        this.apiKeys = apiKeys;
        this.callers = callers;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(apiKeys).addPathPatterns("/v1/**");
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(callers);
    }
}
