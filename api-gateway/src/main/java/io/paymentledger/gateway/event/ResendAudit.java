package io.paymentledger.gateway.event;

import java.time.Clock;

import io.paymentledger.gateway.auth.ApiKeyInterceptor;
import io.paymentledger.gateway.auth.Caller;
import io.paymentledger.messages.admin.RecordAdminAction;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Records every {@code POST /v1/events/{id}/resend} once answered, refused ones included, in the admin audit log
 * (docs/security.md): the key, the account and the endpoint asked for, the status and the refusal. The log is the
 * query side's, so the entry goes there as a {@link RecordAdminAction} command; a failure to record is logged and
 * does not change the answer, as with the admin API's own entries.
 */
@Component
public class ResendAudit implements HandlerInterceptor {

    /** The request attribute where the controller leaves what the resend was limited to. */
    static final String ENDPOINT_ATTRIBUTE = ResendAudit.class.getName() + ".webhookEndpoint";
    private static final Logger LOG = LoggerFactory.getLogger(ResendAudit.class);

    private final CommandGateway commands;
    private final Clock clock = Clock.systemUTC();

    ResendAudit(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception failure) {
        if (!"POST".equals(request.getMethod())) {
            return;
        }
        Object resolved = request.getAttribute(DispatcherServlet.EXCEPTION_ATTRIBUTE);
        Throwable error = failure != null ? failure : resolved instanceof Throwable t ? t : null;
        record(ApiKeyInterceptor.callerOf(request), request, request.getAttribute(ENDPOINT_ATTRIBUTE) instanceof
                String endpoint ? endpoint : null, response.getStatus(), error);
    }

    /**
     * Records one resend request of {@code caller} (null when no key was accepted): its method and path, the account
     * and the endpoint it was limited to (if any), the HTTP status it was answered with and its refusal (if any).
     * The dashboard's resend button calls this too.
     */
    public void record(Caller caller, HttpServletRequest request, String endpoint, int status, Throwable error) {
        StringBuilder parameters = new StringBuilder();
        if (caller != null) {
            parameters.append("account=").append(caller.accountId());
        }
        if (endpoint != null) {
            parameters.append(parameters.isEmpty() ? "" : "&").append("webhook_endpoint=").append(endpoint);
        }
        RecordAdminAction action = new RecordAdminAction(clock.instant(), caller == null ? null : caller.keyLabel(),
                request.getMethod(), request.getRequestURI(), parameters.isEmpty() ? null : parameters.toString(),
                status, error == null ? null : error.getMessage());
        try {
            commands.send(action).whenComplete((result, unrecorded) -> {
                if (unrecorded != null) {
                    unrecorded(action, unrecorded);
                }
            });
        } catch (RuntimeException unsent) {
            unrecorded(action, unsent);
        }
    }

    private static void unrecorded(RecordAdminAction action, Throwable failure) {
        LOG.error("Could not record {} {} in the admin audit log: {}", action.method(), action.path(),
                failure.toString());
    }
}
