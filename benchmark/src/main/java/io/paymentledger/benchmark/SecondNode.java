package io.paymentledger.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A second node of the in-process PostgreSQL ledger, as an operator runs one: the ledger's executable jar in a JVM
 * of its own, on the same database, with the same keys and fingerprint secret. (Two nodes in one JVM would share
 * Axon's token owner name, the JVM's, and both believe they hold every segment.) Its output goes to a file.
 */
final class SecondNode implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final Process process;
    private final String baseUrl;
    private final Path log;

    private SecondNode(Process process, String baseUrl, Path log) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.log = log;
    }

    static SecondNode start(Path ledgerJar, InProcessLedger first, BenchmarkOptions options) throws Exception {
        if (!Files.isRegularFile(ledgerJar)) {
            throw new IllegalStateException("No ledger jar at " + ledgerJar + " (build it: ./mvnw -pl ledger -am package)");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path dataDirectory = Files.createTempDirectory("ledger-benchmark-node2-");
        Path log = dataDirectory.resolve("node2.log");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-jar", ledgerJar.toString(), "--spring.profiles.active=postgres", "--server.port=" + port,
                "--spring.datasource.url=" + first.postgresUrl(), "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--ledger.data-dir=" + dataDirectory,
                "--ledger.gateway.api-keys=" + options.apiKey() + "=" + InProcessLedger.ACCOUNT,
                "--ledger.admin.key=" + options.adminKey(),
                "--ledger.payments.fingerprint-secret=" + first.fingerprintSecret(),
                "--spring.main.banner-mode=off", "--logging.level.root=WARN"));
        command.addAll(InProcessLedger.withoutRateLimit(options.ledgerArgs()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        SecondNode node = new SecondNode(process, "http://localhost:" + port, log);
        node.awaitHealthy();
        return node;
    }

    String baseUrl() {
        return baseUrl;
    }

    private void awaitHealthy() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The second node exited; its log: " + log);
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        close();
        throw new IllegalStateException("The second node did not become healthy within " + START_TIMEOUT + "; log: " + log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
