package io.paymentledger.query.admin;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replay, fingerprints, dead letters and the audit log for operators and auditors; guarded by
 * {@link AdminKeyInterceptor}, every request recorded by {@link AuditInterceptor}.
 */
@RestController
@RequestMapping("/admin")
class AdminController {

    private static final int MAX_PAGE = 100;

    private final ReadModelReplay replay;
    private final ReadModelFingerprints fingerprints;
    private final DeadLetters deadLetters;
    private final AuditLog auditLog;

    AdminController(ReadModelReplay replay, ReadModelFingerprints fingerprints, DeadLetters deadLetters,
                    AuditLog auditLog) {
        this.replay = replay;
        this.fingerprints = fingerprints;
        this.deadLetters = deadLetters;
        this.auditLog = auditLog;
    }

    @PostMapping("/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ReplayProgress startReplay() {
        return replay.start();
    }

    @GetMapping("/replay")
    ReplayProgress replayProgress() {
        return replay.progress();
    }

    @GetMapping("/fingerprints")
    Map<String, String> fingerprints() {
        return fingerprints.all();
    }

    @GetMapping("/dead-letters")
    List<DeadLetterView> deadLetters() {
        return deadLetters.list();
    }

    @PostMapping("/dead-letters/{processingGroup}/retry")
    Map<String, Integer> retry(@PathVariable String processingGroup) {
        return Map.of("succeeded", deadLetters.retry(processingGroup));
    }

    /** The audit log, newest first: {@code limit} (1–100, default 10) entries after entry {@code starting_after}. */
    @GetMapping("/audit-log")
    Map<String, Object> auditLog(@RequestParam(name = "limit", defaultValue = "10") String limitParam,
                                 @RequestParam(name = "starting_after", required = false) String after) {
        int limit = limitParam.matches("\\d{1,3}") ? Integer.parseInt(limitParam) : 0;
        if (limit < 1 || limit > MAX_PAGE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "limit must be between 1 and " + MAX_PAGE);
        }
        if (after != null && !after.matches("\\d{1,18}")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "starting_after must be an audit entry id");
        }
        Long startingAfter = after == null ? null : Long.valueOf(after);
        List<AuditEntry> entries = auditLog.page(startingAfter, limit + 1);
        boolean hasMore = entries.size() > limit;
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("object", "list");
        page.put("data", hasMore ? entries.subList(0, limit) : entries);
        page.put("has_more", hasMore);
        page.put("url", "/admin/audit-log");
        return page;
    }

    @ExceptionHandler(ResponseStatusException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Map<String, Map<String, String>> badRequest(ResponseStatusException e) {
        return Map.of("error", Map.of("type", "invalid_request_error", "message", String.valueOf(e.getReason())));
    }

    /** A processing group without a dead-letter queue (unknown, or its queue not enabled). */
    @ExceptionHandler(IllegalArgumentException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    Map<String, Map<String, String>> noSuchQueue(IllegalArgumentException e) {
        return Map.of("error", Map.of("type", "invalid_request_error", "message", e.getMessage()));
    }
}
