package io.paymentledger.query.admin;

import io.paymentledger.query.books.BooksCheckResult;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.util.Map;

/**
 * {@code --ledger.replay=true}: waits for the projections to catch up, prints the fingerprints, replays every
 * read model, prints progress, the fingerprints again and the books check run after the replay, and exits: 0 when
 * the fingerprints are equal and the books add up, 2 when the fingerprints differ, 3 when the books do not add up.
 */
@Component
@ConditionalOnProperty(name = "ledger.replay", havingValue = "true")
class ReplayCommandLine implements ApplicationRunner {

    private static final long POLL_MILLIS = 1_000;

    private final ReadModelReplay replay;
    private final ReadModelFingerprints fingerprints;
    private final ConfigurableApplicationContext context;
    private final PrintStream out = System.out;

    ReplayCommandLine(ReadModelReplay replay, ReadModelFingerprints fingerprints,
                      ConfigurableApplicationContext context) {
        this.replay = replay;
        this.fingerprints = fingerprints;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        while (!replay.caughtUp()) {
            Thread.sleep(POLL_MILLIS);
        }
        Map<String, String> before = fingerprints.all();
        out.println("Fingerprints before replay: " + before);
        ReplayProgress progress = replay.start();
        while (progress.running()) {
            out.println("Replay: " + progress.processed() + "/" + progress.total() + " events, "
                    + progress.eventsPerSecond() + " events/s, about " + progress.secondsRemaining() + " s left");
            Thread.sleep(POLL_MILLIS);
            progress = replay.progress();
        }
        Map<String, String> after = fingerprints.all();
        out.println("Fingerprints after replay:  " + after);
        boolean equal = before.equals(after);
        out.println(equal ? "Read models are identical after the replay." : "READ MODELS DIFFER AFTER THE REPLAY.");
        while (progress.booksCheck() == null && !ReplayProgress.FAILED.equals(progress.state())) {
            Thread.sleep(POLL_MILLIS);
            progress = replay.progress();
        }
        BooksCheckResult books = progress.booksCheck();
        boolean balanced = books != null && books.passed();
        if (books != null) {
            BooksCheckCommandLine.print(out, books);
        }
        int status = !equal ? 2 : balanced ? 0 : BooksCheckCommandLine.BOOKS_DIFFER;
        System.exit(SpringApplication.exit(context, () -> status));
    }
}
