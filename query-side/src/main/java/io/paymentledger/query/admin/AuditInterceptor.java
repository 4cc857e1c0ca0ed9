package io.paymentledger.query.admin;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Records every admin request once it has been answered, refused ones included: who (the admin key's last four,
 * when the key was right), when, what (method, path, query string) and the outcome (status and failure). Reading
 * the audit log itself is not recorded. A failure to record is logged and does not change the answer.
 */
class AuditInterceptor implements HandlerInterceptor {

    static final String KEY_ID_ATTRIBUTE = AuditInterceptor.class.getName() + ".keyId";
    private static final Logger log = LoggerFactory.getLogger(AuditInterceptor.class);

    private final AuditLog auditLog;
    private final Clock clock;

    AuditInterceptor(AuditLog auditLog, Clock clock) {
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception failure) {
        if ("GET".equals(request.getMethod()) && "/admin/audit-log".equals(request.getRequestURI())) {
            return;
        }
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        Object handlerError = request.getAttribute("jakarta.servlet.error.exception");
        Throwable error = failure != null ? failure : handlerError instanceof Throwable t ? t : null;
        String outcome = error == null ? (pattern == null ? "no such route" : null) : error.toString();
        try {
            auditLog.record(clock.instant(), (String) request.getAttribute(KEY_ID_ATTRIBUTE), request.getMethod(),
                    request.getRequestURI(), request.getQueryString(), response.getStatus(), outcome);
        } catch (RuntimeException unavailable) {
            log.error("Could not record admin request {} {} in the audit log: {}", request.getMethod(),
                    request.getRequestURI(), unavailable.toString());
        }
    }
}
