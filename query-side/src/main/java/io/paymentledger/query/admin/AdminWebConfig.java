package io.paymentledger.query.admin;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration
@EnableConfigurationProperties(AdminProperties.class)
class AdminWebConfig implements WebMvcConfigurer {

    private final AdminProperties properties;
    private final AuditLog auditLog;

    AdminWebConfig(AdminProperties properties, AuditLog auditLog) {
        this.properties = properties;
        this.auditLog = auditLog;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // Registered first so that it also records the requests the key check refuses.
        registry.addInterceptor(new AuditInterceptor(auditLog, Clock.systemUTC())).addPathPatterns("/admin/**");
        registry.addInterceptor(new AdminKeyInterceptor(properties)).addPathPatterns("/admin/**");
    }
}
