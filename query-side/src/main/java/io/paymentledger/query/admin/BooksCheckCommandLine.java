package io.paymentledger.query.admin;

import io.paymentledger.query.books.BooksCheck;
import io.paymentledger.query.books.BooksCheckResult;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

import java.io.PrintStream;

/**
 * {@code --ledger.books-check=true}: waits for the projections to catch up, runs the books check, prints its result
 * and exits: 0 when the books add up, 3 when not.
 */
@Component
@ConditionalOnProperty(name = "ledger.books-check", havingValue = "true")
class BooksCheckCommandLine implements ApplicationRunner {

    static final int BOOKS_DIFFER = 3;
    private static final long POLL_MILLIS = 1_000;

    private final ReadModelReplay replay;
    private final BooksCheck books;
    private final ConfigurableApplicationContext context;
    private final PrintStream out = System.out;

    BooksCheckCommandLine(ReadModelReplay replay, BooksCheck books, ConfigurableApplicationContext context) {
        this.replay = replay;
        this.books = books;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        while (!replay.caughtUp()) {
            Thread.sleep(POLL_MILLIS);
        }
        BooksCheckResult result = books.run();
        print(out, result);
        System.exit(SpringApplication.exit(context, () -> result.passed() ? 0 : BOOKS_DIFFER));
    }

    static void print(PrintStream out, BooksCheckResult result) {
        out.println("Books check: " + (result.passed() ? "passed" : "FAILED") + ", " + result.entries()
                + " journal entries, " + result.postings() + " postings");
        result.discrepancies().forEach(discrepancy -> out.println("  " + discrepancy));
    }
}
