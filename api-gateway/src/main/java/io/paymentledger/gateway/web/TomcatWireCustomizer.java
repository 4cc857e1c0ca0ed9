package io.paymentledger.gateway.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Makes Tomcat accept what Stripe clients send and answer what they can parse. stripe-java leaves the brackets
 * of {@code expand[0]=…} unescaped in query strings, which Tomcat refuses by default; and the few errors Tomcat
 * answers itself, before the application sees the request, get the JSON envelope instead of an HTML page.
 */
@Component
class TomcatWireCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> {
            connector.setProperty("relaxedQueryChars", "[]|{}^`\"<>\\");
            connector.setProperty("relaxedPathChars", "[]|{}^`\"<>\\");
        });
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(JsonErrorReportValve.class.getName());
            }
        });
    }
}
