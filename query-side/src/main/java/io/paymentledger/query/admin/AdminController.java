package io.paymentledger.query.admin;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** Replay, fingerprints and dead letters for operators and auditors; guarded by {@link AdminKeyInterceptor}. */
@RestController
@RequestMapping("/admin")
class AdminController {

    private final ReadModelReplay replay;
    private final ReadModelFingerprints fingerprints;
    private final DeadLetters deadLetters;

    AdminController(ReadModelReplay replay, ReadModelFingerprints fingerprints, DeadLetters deadLetters) {
        this.replay = replay;
        this.fingerprints = fingerprints;
        this.deadLetters = deadLetters;
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
}
