package io.paymentledger.gateway.dashboard;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.messages.error.PaymentErrorCode;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The admin API of the query side ({@code /admin/**}) over HTTP with the admin key the operator gave the
 * operations page. In the standalone, ledger and PostgreSQL modes the admin API is served by this same
 * process, so the default base is this server's own port; in the Axon Server mode the gateway service must be
 * told where the query service listens ({@code ledger.dashboard.admin-url}).
 */
@Component
class AdminApi {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json;
    private final String configuredBase;

    AdminApi(ObjectMapper json, @Value("${ledger.dashboard.admin-url:}") String configuredBase) {
        this.json = json;
        this.configuredBase = configuredBase;
    }

    JsonNode get(HttpServletRequest request, String adminKey, String path) {
        return send(request, adminKey, path, HttpRequest.BodyPublishers.noBody(), "GET");
    }

    JsonNode post(HttpServletRequest request, String adminKey, String path) {
        return send(request, adminKey, path, HttpRequest.BodyPublishers.noBody(), "POST");
    }

    /** Whether {@code adminKey} opens the admin API. */
    boolean accepts(HttpServletRequest request, String adminKey) {
        return status(request, adminKey) == 200;
    }

    private int status(HttpServletRequest request, String adminKey) {
        try {
            return http.send(builder(request, adminKey, "/admin/replay").GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException unreachable) {
            throw unreachable(unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw unreachable(interrupted);
        }
    }

    private JsonNode send(HttpServletRequest request, String adminKey, String path,
                          HttpRequest.BodyPublisher body, String method) {
        try {
            HttpResponse<String> response = http.send(builder(request, adminKey, path).method(method, body).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new ApiException(PaymentErrorCode.PERMISSION_DENIED, "The admin API answered "
                        + response.statusCode() + " to " + method + " " + path + ".", null);
            }
            return response.body().isBlank() ? json.createObjectNode() : json.readTree(response.body());
        } catch (IOException unreachable) {
            throw unreachable(unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw unreachable(interrupted);
        }
    }

    private HttpRequest.Builder builder(HttpServletRequest request, String adminKey, String path) {
        return HttpRequest.newBuilder(URI.create(base(request) + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + adminKey).header("Accept", "application/json");
    }

    private String base(HttpServletRequest request) {
        if (configuredBase != null && !configuredBase.isBlank()) {
            return configuredBase.endsWith("/") ? configuredBase.substring(0, configuredBase.length() - 1)
                    : configuredBase;
        }
        return "http://127.0.0.1:" + request.getLocalPort() + request.getContextPath();
    }

    private static ApiException unreachable(Exception cause) {
        return new ApiException(PaymentErrorCode.API_ERROR_UNEXPECTED, "The admin API cannot be reached: "
                + cause.getClass().getSimpleName() + ". Set ledger.dashboard.admin-url to the query service.", null);
    }
}
