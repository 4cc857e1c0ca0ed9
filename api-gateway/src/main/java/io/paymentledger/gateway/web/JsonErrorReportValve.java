package io.paymentledger.gateway.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's error report for requests it refuses itself (a malformed request line or query string, for
 * example): Stripe's JSON envelope with a {@code Request-Id}, never Tomcat's HTML page.
 */
public class JsonErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String type = status >= 500 ? "api_error" : "invalid_request_error";
        String message = status >= 500 ? "An unexpected error occurred." : "Invalid request: it could not be parsed.";
        try {
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            if (response.getHeader("Request-Id") == null) {
                response.setHeader("Request-Id", RandomIds.requestId());
            }
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"error\":{\"type\":\"" + type + "\",\"message\":\"" + message + "\"}}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException ignored) {
            // The connection is gone or the response already committed; nothing more can be sent.
        }
    }
}
