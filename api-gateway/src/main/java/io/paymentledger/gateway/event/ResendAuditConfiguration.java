package io.paymentledger.gateway.event;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts {@link ResendAudit} before the key check, so that it also records a resend the key check refuses. */
@Configuration(proxyBeanMethods = false)
class ResendAuditConfiguration implements WebMvcConfigurer {

    private final ResendAudit resendAudit;

    ResendAuditConfiguration(ResendAudit resendAudit) {
        this.resendAudit = resendAudit;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(resendAudit).addPathPatterns("/v1/events/*/resend").order(Ordered.HIGHEST_PRECEDENCE);
    }
}
