package io.paymentledger.query.chain;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /admin/event-chain}: the global digest of the recorded heads and the last verification ({@code GET}), and
 * a verification of the whole store now ({@code POST /verify}, answered when done). Behind the admin key like the
 * rest of {@code /admin/**}.
 */
@RestController
@RequestMapping("/admin/event-chain")
class EventChainController {

    private final EventChainVerification verification;

    EventChainController(EventChainVerification verification) {
        this.verification = verification;
    }

    @GetMapping
    Map<String, Object> status() {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("digest", verification.digest());
        status.put("lastVerification", verification.last().orElse(null));
        return status;
    }

    @PostMapping("/verify")
    ChainReport verify() {
        return verification.verify();
    }
}
