package io.paymentledger.ledger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newcomer starting the standalone ledger sees one warning, the one they can act on (the development key). Runs
 * the ledger in a JVM of its own, as {@code java -jar ledger.jar} does: some warnings (Spring's about Axon's
 * annotations) come once per JVM, and another test in this one may already have had them. Reads everything the
 * ledger logs until it is ready (springdoc's warnings came after "Started") and has stopped again.
 */
class StartupWarningsTest {

    @TempDir
    Path dataDir;

    @Test
    void logsOnlyTheDevelopmentKeyWarningAtStartUp() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StartAndStop.class.getName())
                .redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("LEDGER_") || name.startsWith("SPRING_"));
        builder.environment().put("LEDGER_DATA_DIR", dataDir.toString());
        builder.environment().put("PORT", "0");
        Process ledger = builder.start();
        // A safety net, not a timing: a ledger that never starts must not hang the build.
        CompletableFuture.delayedExecutor(5, TimeUnit.MINUTES).execute(ledger::destroyForcibly);

        List<String> warnings = new ArrayList<>();
        boolean ready = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(ledger.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.contains(" WARN ") || line.contains(" ERROR ")) {
                    warnings.add(line);
                }
                ready |= line.equals(StartAndStop.READY);
            }
        } finally {
            ledger.waitFor(60, TimeUnit.SECONDS);
            ledger.destroyForcibly();
        }

        assertThat(ready).as("the ledger started").isTrue();
        assertThat(warnings).singleElement().asString()
                .contains("LEDGER_API_KEYS is not set: accepting the development key sk_test_default");
    }

    /** The ledger's own main, then a marker once the application is ready (springdoc logs on that event), then stop. */
    public static final class StartAndStop {

        static final String READY = "LEDGER READY";

        public static void main(String[] args) {
            SpringApplication.run(LedgerApplication.class, args).close();
            System.out.println(READY);
            System.exit(0);
        }
    }
}
