package io.paymentledger.gateway.dashboard;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.messages.error.PaymentErrorCode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Operations, behind the admin key (asked for once per session, on top of the API key): replay of the read
 * models with a progress bar that htmx refreshes while it runs and the fingerprints before and after, dead
 * letters with retry, the books check, the event-chain verification and the cluster's members. Everything goes
 * through the query side's admin API ({@link AdminApi}), which audits each request.
 */
@Controller
class OperationsController {

    private static final String PATH = DashboardFilter.PATH + "/operations";

    private final AdminApi admin;
    private final DashboardSessions sessions;
    /** The fingerprints taken when a session started a replay, to show beside those after it. */
    private final Map<String, JsonNode> fingerprintsBefore = new ConcurrentHashMap<>();

    OperationsController(AdminApi admin, DashboardSessions sessions) {
        this.admin = admin;
        this.sessions = sessions;
    }

    @GetMapping(PATH)
    String operations(HttpServletRequest request, Model model) {
        DashboardSessions.Session session = DashboardAdvice.session(request);
        if (session.adminKey() == null) {
            return "dashboard/operations-sign-in";
        }
        String key = session.adminKey();
        model.addAttribute("fingerprints", admin.get(request, key, "/admin/fingerprints"));
        model.addAttribute("deadLetters", admin.get(request, key, "/admin/dead-letters"));
        model.addAttribute("eventChain", admin.get(request, key, "/admin/event-chain").toPrettyString());
        model.addAttribute("cluster", cluster(request, key));
        replay(request, model);
        return "dashboard/operations";
    }

    @PostMapping(PATH + "/sign-in")
    String signIn(@RequestParam(name = "admin_key", required = false) String adminKey, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        if (adminKey == null || adminKey.isBlank() || !admin.accepts(request, adminKey.trim())) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            model.addAttribute("error", "That is not the admin key (ledger.admin.key).");
            return "dashboard/operations-sign-in";
        }
        sessions.withAdminKey(DashboardAdvice.session(request), adminKey.trim());
        return "redirect:" + PATH;
    }

    /** The replay's progress: the fragment htmx polls while a replay runs. */
    @GetMapping(PATH + "/replay")
    String replayFragment(HttpServletRequest request, Model model) {
        replay(request, model);
        return "dashboard/operations-replay :: replay";
    }

    @PostMapping(PATH + "/replay")
    String startReplay(HttpServletRequest request) {
        DashboardSessions.Session session = adminSession(request);
        fingerprintsBefore.put(session.token(), admin.get(request, session.adminKey(), "/admin/fingerprints"));
        admin.post(request, session.adminKey(), "/admin/replay");
        return "redirect:" + PATH + "#replay";
    }

    @PostMapping(PATH + "/dead-letters/{group}/retry")
    String retry(@PathVariable String group, HttpServletRequest request, Model model) {
        DashboardSessions.Session session = adminSession(request);
        JsonNode result = admin.post(request, session.adminKey(), "/admin/dead-letters/"
                + java.net.URLEncoder.encode(group, java.nio.charset.StandardCharsets.UTF_8) + "/retry");
        model.addAttribute("result", "Retried " + group + ": " + result.path("succeeded").asInt() + " succeeded.");
        return operations(request, model);
    }

    @PostMapping(PATH + "/books-check")
    String booksCheck(HttpServletRequest request, Model model) {
        DashboardSessions.Session session = adminSession(request);
        model.addAttribute("booksCheck", admin.get(request, session.adminKey(), "/admin/books-check")
                .toPrettyString());
        return operations(request, model);
    }

    @PostMapping(PATH + "/event-chain/verify")
    String verifyChain(HttpServletRequest request, Model model) {
        DashboardSessions.Session session = adminSession(request);
        model.addAttribute("verification", admin.post(request, session.adminKey(), "/admin/event-chain/verify")
                .toPrettyString());
        return operations(request, model);
    }

    private void replay(HttpServletRequest request, Model model) {
        DashboardSessions.Session session = adminSession(request);
        JsonNode progress = admin.get(request, session.adminKey(), "/admin/replay");
        long total = progress.path("total").asLong();
        long processed = progress.path("processed").asLong();
        String state = progress.path("state").asText("idle");
        int percent = "completed".equals(state) ? 100
                : total <= 0 ? 0 : (int) Math.min(100, processed * 100 / total);
        model.addAttribute("replayState", state);
        model.addAttribute("replayPercent", percent);
        model.addAttribute("replayProgress", progress);
        JsonNode before = fingerprintsBefore.get(session.token());
        model.addAttribute("fingerprintsBefore", before);
        if (before != null && "completed".equals(state)) {
            JsonNode after = admin.get(request, session.adminKey(), "/admin/fingerprints");
            model.addAttribute("fingerprintsAfter", after);
            model.addAttribute("fingerprintsSame", before.equals(after));
        }
    }

    private String cluster(HttpServletRequest request, String key) {
        try {
            return admin.get(request, key, "/admin/cluster").toPrettyString();
        } catch (ApiException notServed) {
            return "Not served here: " + notServed.error().message();
        }
    }

    private DashboardSessions.Session adminSession(HttpServletRequest request) {
        DashboardSessions.Session session = DashboardAdvice.session(request);
        if (session.adminKey() == null) {
            throw new ApiException(PaymentErrorCode.PERMISSION_DENIED, "Operations need the admin key: give it on "
                    + "the operations page first.", null);
        }
        return session;
    }
}
