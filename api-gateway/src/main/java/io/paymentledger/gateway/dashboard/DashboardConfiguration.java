package io.paymentledger.gateway.dashboard;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The dashboard's guard runs after the request id is set and before any page. */
@Configuration(proxyBeanMethods = false)
class DashboardConfiguration {

    @Bean
    FilterRegistrationBean<DashboardFilter> dashboardFilter(DashboardSessions sessions) {
        FilterRegistrationBean<DashboardFilter> registration = new FilterRegistrationBean<>(
                new DashboardFilter(sessions));
        registration.addUrlPatterns(DashboardFilter.PATH, DashboardFilter.PATH + "/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }
}
