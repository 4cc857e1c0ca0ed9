package io.paymentledger.gateway.dashboard;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

import io.paymentledger.gateway.auth.ApiKeys;
import io.paymentledger.gateway.auth.Caller;
import io.paymentledger.gateway.auth.KeyKind;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Signing in with a secret or restricted API key (checked by the gateway's own key store) and signing out.
 * A publishable key opens nothing here.
 */
@Controller
class SignInController {

    private static final long SIGN_IN_FORM_SECONDS = 600;

    private final ApiKeys apiKeys;
    private final DashboardSessions sessions;

    SignInController(ApiKeys apiKeys, DashboardSessions sessions) {
        this.apiKeys = apiKeys;
        this.sessions = sessions;
    }

    @GetMapping(DashboardFilter.PATH)
    String home() {
        return "redirect:" + DashboardFilter.PATH + "/payments";
    }

    @GetMapping(DashboardFilter.PATH + "/sign-in")
    String form(HttpServletRequest request, HttpServletResponse response, Model model) {
        return signInPage(request, response, model, null);
    }

    @PostMapping(DashboardFilter.PATH + "/sign-in")
    String signIn(@RequestParam(name = "api_key", required = false) String key, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        Optional<Caller> caller = key == null || key.isBlank() ? Optional.empty()
                : apiKeys.authenticate(key.trim())
                        .filter(found -> found.kind() != KeyKind.PUBLISHABLE)
                        .filter(found -> !apiKeys.developmentKeyOnly() || fromLoopback(request));
        if (caller.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return signInPage(request, response, model, "That key does not open the dashboard: use a secret "
                    + "(sk_) or restricted (rk_) key of your account.");
        }
        DashboardSessions.Session session = sessions.open(caller.get());
        DashboardFilter.setCookie(request, response, DashboardFilter.SIGN_IN_COOKIE, "", 0);
        DashboardFilter.setCookie(request, response, DashboardFilter.SESSION_COOKIE, session.token(),
                -1);
        return "redirect:" + DashboardFilter.PATH + "/payments";
    }

    @PostMapping(DashboardFilter.PATH + "/sign-out")
    String signOut(HttpServletRequest request, HttpServletResponse response) {
        sessions.close(DashboardFilter.cookie(request, DashboardFilter.SESSION_COOKIE));
        DashboardFilter.setCookie(request, response, DashboardFilter.SESSION_COOKIE, "", 0);
        return "redirect:" + DashboardFilter.PATH + "/sign-in";
    }

    private String signInPage(HttpServletRequest request, HttpServletResponse response, Model model,
                              String error) {
        String csrf = DashboardSessions.token();
        DashboardFilter.setCookie(request, response, DashboardFilter.SIGN_IN_COOKIE, csrf, SIGN_IN_FORM_SECONDS);
        model.addAttribute("csrf", csrf);
        model.addAttribute("error", error);
        return "dashboard/sign-in";
    }

    private static boolean fromLoopback(HttpServletRequest request) {
        try {
            return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
    }
}
