package io.paymentledger.ledger.cluster;

import io.paymentledger.ledger.LedgerApplication;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/** A ledger node in a JVM of its own (no shared memory with the test or other nodes), profile {@code postgres}. */
final class LedgerNode {

    static final String API_KEY = "sk_test_clusterNodes0001";

    private final Process process;
    final String baseUrl;

    private LedgerNode(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    static LedgerNode start(String jdbcUrl, Path log) throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                LedgerApplication.class.getName(),
                "--spring.profiles.active=postgres", "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--server.port=" + port, "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--logging.level.io.paymentledger.ledger.cluster=INFO",
                "--ledger.gateway.api-keys=" + API_KEY + "=acct_cluster",
                "--ledger.payments.fingerprint-secret=cluster-test-secret",
                "--ledger.admin.key=" + AdminClient.ADMIN_KEY, "--ledger.reconciliation.grace=0s",
                // Shorter than the defaults, so that a dead node's segments move within the test's patience.
                "--ledger.cluster.heartbeat-interval=1s", "--ledger.cluster.node-timeout=4s",
                "--axon.eventhandling.tokenstore.claim-timeout=4s",
                // Settlement deadlines of processing test payments come due within the test.
                "--ledger.payments.settlement-delay=2s");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new LedgerNode(process, "http://localhost:" + port);
    }

    void awaitReady() {
        HttpClient http = HttpClient.newHttpClient();
        await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("Ledger node exited with " + process.exitValue());
            }
            try {
                return http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException notYetListening) {
                return false;
            }
        });
    }

    /** SIGKILL: no shutdown hook, no graceful release of segments or cluster membership. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    void stop() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
