package io.paymentledger.gateway.dashboard;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards every {@code /dashboard} page and fragment. Without a live session a GET is sent to the sign-in page
 * and anything else is refused with 401; every POST must carry its session's CSRF token in {@code _csrf} (the
 * sign-in form a token of its own, kept in a short-lived cookie: double submit). Pages are never cached and may
 * not be framed. Only the sign-in page and the stylesheet are reachable signed out.
 */
class DashboardFilter extends OncePerRequestFilter {

    static final String SESSION_COOKIE = "ledger_dashboard";
    static final String SIGN_IN_COOKIE = "ledger_dashboard_sign_in";
    static final String CSRF_PARAM = "_csrf";
    static final String SESSION_ATTRIBUTE = DashboardFilter.class.getName() + ".session";
    static final String PATH = "/dashboard";

    private final DashboardSessions sessions;

    DashboardFilter(DashboardSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.equals(PATH) || path.startsWith(PATH + "/")) || path.startsWith(PATH + "/assets/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'; form-action 'self'");
        boolean post = "POST".equals(request.getMethod());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(PATH + "/sign-in")) {
            if (post && !DashboardSessions.same(cookie(request, SIGN_IN_COOKIE), request.getParameter(CSRF_PARAM))) {
                refuse(response, HttpServletResponse.SC_FORBIDDEN, "The form's CSRF token is missing or wrong.");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        Optional<DashboardSessions.Session> session = sessions.find(cookie(request, SESSION_COOKIE));
        if (session.isEmpty()) {
            if ("GET".equals(request.getMethod()) && request.getHeader("HX-Request") == null) {
                response.sendRedirect(request.getContextPath() + PATH + "/sign-in");
            } else {
                refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "Sign in first.");
            }
            return;
        }
        if (post && !DashboardSessions.same(session.get().csrfToken(), request.getParameter(CSRF_PARAM))) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "The form's CSRF token is missing or wrong.");
            return;
        }
        request.setAttribute(SESSION_ATTRIBUTE, session.get());
        chain.doFilter(request, response);
    }

    /** A cookie of the dashboard: HttpOnly, SameSite=Strict, Secure when the request came over HTTPS. */
    static void setCookie(HttpServletRequest request, HttpServletResponse response, String name, String value,
                          long maxAgeSeconds) {
        ResponseCookie cookie = ResponseCookie.from(name, value).path(request.getContextPath() + PATH)
                .httpOnly(true).sameSite("Strict").secure(request.isSecure()).maxAge(maxAgeSeconds).build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    static String cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (cookie.getName().equals(name)) {
                return cookie.getValue();
            }
        }
        return null;
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!doctype html><html lang=\"en\"><head><title>Refused</title></head><body>"
                + "<main><h1>Refused</h1><p id=\"refusal\">" + message + "</p>"
                + "<p><a href=\"/dashboard/sign-in\">Sign in</a></p></main></body></html>");
    }
}
