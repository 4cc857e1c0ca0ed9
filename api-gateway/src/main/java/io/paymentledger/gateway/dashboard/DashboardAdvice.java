package io.paymentledger.gateway.dashboard;

import io.paymentledger.gateway.auth.Caller;
import io.paymentledger.gateway.auth.KeyKind;
import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.gateway.error.HttpStatuses;
import io.paymentledger.gateway.web.NulCharacters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every dashboard page shows of its session (the account, the key, the CSRF token for its forms), and the
 * page a refused request or query shows instead of the API's JSON error.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(assignableTypes = {PaymentsController.class, PaymentController.class,
        BooksPageController.class, DevelopersController.class, OperationsController.class})
class DashboardAdvice {

    @ModelAttribute
    void session(HttpServletRequest request, Model model) {
        DashboardSessions.Session session = session(request);
        model.addAttribute("csrf", session.csrfToken());
        model.addAttribute("account", session.caller().accountId());
        model.addAttribute("keyLabel", session.caller().keyLabel());
    }

    /** A form or query string holding NUL gets the refused page, as it would get a 400 from the API. */
    @ModelAttribute
    void refuseNulCharacters(HttpServletRequest request) {
        request.getParameterMap().forEach((name, values) -> {
            NulCharacters.refuse(name, name);
            for (String value : values) {
                NulCharacters.refuse(name, value);
            }
        });
    }

    @ExceptionHandler(ApiException.class)
    String refused(ApiException refusal, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatuses.of(refusal.error()).value());
        session(request, model);
        model.addAttribute("message", refusal.error().message());
        return "dashboard/refused";
    }

    static DashboardSessions.Session session(HttpServletRequest request) {
        if (request.getAttribute(DashboardFilter.SESSION_ATTRIBUTE) instanceof DashboardSessions.Session session) {
            return session;
        }
        throw new IllegalStateException("The dashboard filter lets no request without a session through");
    }

    static Caller caller(HttpServletRequest request) {
        return session(request).caller();
    }

    /** Whether the signed-in key may change {@code resource}: restricted keys only with its write permission. */
    static boolean mayWrite(Caller caller, String resource) {
        return caller.kind() == KeyKind.SECRET
                || caller.kind() == KeyKind.RESTRICTED && caller.permissions().allows(resource, true);
    }
}
