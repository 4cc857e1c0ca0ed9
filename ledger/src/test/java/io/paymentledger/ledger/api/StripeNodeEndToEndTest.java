package io.paymentledger.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.paymentledger.ledger.LedgerApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The project's stripe-node suite ({@code src/test/node}, run with Node's own test runner) against the standalone
 * ledger on a random port: the official Node client, unchanged, must see what stripe-java sees. Node.js 20 or newer
 * must be on the PATH; without it this test fails rather than skips, since the suite is part of the contract.
 * The TAP output goes to this test's output file in target/surefire-reports; a failure quotes the failed tests.
 */
@SpringBootTest(classes = LedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StripeNodeEndToEndTest {

    private static final String KEY = "sk_test_nodeAlpha000001";
    private static final String OTHER_KEY = "sk_test_nodeBeta0000002";
    private static final Path SUITE = Path.of("src", "test", "node").toAbsolutePath();
    /** The scenarios the suite holds today: fewer passing means some were lost, not that they pass. */
    private static final int MINIMUM_PASSING = 35;
    private static final long INSTALL_MINUTES = 5;
    private static final long SUITE_MINUTES = 5;
    private static final Pattern SUMMARY = Pattern.compile("^# (pass|fail|cancelled) (\\d+)$");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void ledger(DynamicPropertyRegistry properties) throws IOException {
        Path dataDir = Files.createTempDirectory("ledger-node-e2e-");
        properties.add("ledger.data-dir", dataDir::toString);
        properties.add("ledger.gateway.api-keys", () -> KEY + "=acct_node_alpha," + OTHER_KEY + "=acct_node_beta");
        properties.add("ledger.webhooks.allow-private-targets", () -> "true");
        properties.add("ledger.webhooks.retry-schedule", () -> "100ms,200ms,300ms");
        properties.add("ledger.webhooks.poll-interval", () -> "50ms");
    }

    @Test
    void theOfficialStripeNodeClientPassesTheWholeSuite() throws Exception {
        requireNode();
        if (!installedAsLocked()) {
            Run install = run(List.of(npm(), "ci", "--no-audit", "--no-fund"), Map.of(), INSTALL_MINUTES);
            assertThat(install.exitCode()).as("npm ci in %s:%n%s", SUITE, install.output()).isZero();
        }

        Run suite = run(List.of("node", "--test", "--test-reporter=tap", "--test-timeout=120000"), Map.of(
                "LEDGER_BASE_URL", "http://localhost:" + port,
                "LEDGER_API_KEY", KEY,
                "LEDGER_OTHER_API_KEY", OTHER_KEY), SUITE_MINUTES);

        String failures = suite.failedTests();
        assertThat(suite.exitCode()).as("node --test exit code; failed tests:%n%s", failures).isZero();
        assertThat(suite.count("fail")).as("failed tests:%n%s", failures).isZero();
        assertThat(suite.count("cancelled")).as("cancelled tests:%n%s", failures).isZero();
        assertThat(suite.count("pass")).as("passing tests").isGreaterThanOrEqualTo(MINIMUM_PASSING);
    }

    private static void requireNode() throws Exception {
        Run version;
        try {
            version = run(List.of("node", "--version"), Map.of(), 1);
        } catch (IOException missing) {
            throw new AssertionError("The stripe-node end-to-end suite needs Node.js 20 or newer on the PATH "
                    + "(node was not found: " + missing.getMessage() + ")", missing);
        }
        Matcher major = Pattern.compile("v(\\d+)\\.").matcher(version.output());
        if (!major.find() || Integer.parseInt(major.group(1)) < 20) {
            fail("The stripe-node end-to-end suite needs Node.js 20 or newer; node --version says: "
                    + version.output().strip());
        }
    }

    /** node_modules holds the stripe version package-lock.json pins (else npm ci installs it). */
    private static boolean installedAsLocked() throws IOException {
        Path installed = SUITE.resolve("node_modules/stripe/package.json");
        if (!Files.exists(installed)) {
            return false;
        }
        ObjectMapper json = new ObjectMapper();
        String locked = json.readTree(SUITE.resolve("package-lock.json").toFile())
                .path("packages").path("node_modules/stripe").path("version").asText();
        return locked.equals(json.readTree(installed.toFile()).path("version").asText());
    }

    private static String npm() {
        return System.getProperty("os.name").startsWith("Windows") ? "npm.cmd" : "npm";
    }

    /** Runs a command in the suite's folder, echoing its output line by line, killed after the timeout. */
    private static Run run(List<String> command, Map<String, String> environment, long timeoutMinutes)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(SUITE.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> echo(process, lines), "node-output");
        reader.start();
        if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            reader.join(TimeUnit.SECONDS.toMillis(10));
            fail(String.join(" ", command) + " did not finish within " + timeoutMinutes + " minutes:\n"
                    + String.join("\n", lines));
        }
        reader.join(TimeUnit.SECONDS.toMillis(10));
        return new Run(process.exitValue(), List.copyOf(lines));
    }

    private static void echo(Process process, List<String> lines) {
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                System.out.println("[stripe-node] " + line);
                lines.add(line);
            }
        } catch (IOException closed) {
            lines.add("(output closed: " + closed.getMessage() + ")");
        }
    }

    private record Run(int exitCode, List<String> lines) {

        String output() {
            return String.join("\n", lines);
        }

        /** A count from the TAP summary at the end ("# pass 29"); -1 when the summary is missing. */
        int count(String name) {
            return lines.stream().map(SUMMARY::matcher).filter(m -> m.matches() && m.group(1).equals(name))
                    .mapToInt(m -> Integer.parseInt(m.group(2))).reduce((first, last) -> last).orElse(-1);
        }

        /** Each "not ok" line with the indented details that follow it. */
        String failedTests() {
            StringBuilder failed = new StringBuilder();
            boolean inFailure = false;
            for (String line : lines) {
                if (line.stripLeading().startsWith("not ok")) {
                    inFailure = true;
                } else if (!line.startsWith(" ") || line.stripLeading().startsWith("ok ")) {
                    inFailure = false;
                }
                if (inFailure) {
                    failed.append(line).append('\n');
                }
            }
            return failed.isEmpty() ? "(none reported)" : failed.toString();
        }
    }
}
