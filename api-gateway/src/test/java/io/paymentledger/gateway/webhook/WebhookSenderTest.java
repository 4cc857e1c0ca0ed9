package io.paymentledger.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import io.paymentledger.gateway.auth.ApiKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The sender against raw receivers on 127.0.0.1 that misbehave: the whole exchange has one deadline, and the
 * answer is read only up to a limit. The preemptive bound only stops a hanging test; nothing asserts a duration.
 */
class WebhookSenderTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(30);
    private static final byte[] EVENT = "{\"id\":\"evt_1\"}".getBytes(StandardCharsets.UTF_8);

    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger connections = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicReference<String> request =
            new java.util.concurrent.atomic.AtomicReference<>("");
    private ServerSocket server;

    @AfterEach
    void stopReceiver() throws IOException {
        release.countDown();
        if (server != null) {
            server.close();
        }
    }

    @Test
    void givesUpOnAReceiverThatSendsHeadersAndThenStalls() throws Exception {
        receiver("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\npartial", false);
        WebhookSender sender = sender(true);

        DeliveryAttempt attempt = assertTimeoutPreemptively(HANG_GUARD, () -> sender.send(endpoint(), "evt_1", EVENT));

        assertThat(attempt.error()).startsWith("Timed out after 300 ms").endsWith("reading the response body");
        assertThat(attempt.httpStatus()).isEqualTo(200);
        sender.destroy();
    }

    @Test
    void readsOnlyTheStartOfAnEndlessAnswerAndKeepsAnExcerpt() throws Exception {
        receiver("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100000000\r\n\r\n", true);
        WebhookSender sender = sender(true);

        DeliveryAttempt attempt = assertTimeoutPreemptively(HANG_GUARD, () -> sender.send(endpoint(), "evt_1", EVENT));

        assertThat(attempt.error()).isNull();
        assertThat(attempt.httpStatus()).isEqualTo(200);
        assertThat(attempt.responseExcerpt()).hasSize(WebhookSender.EXCERPT_CHARS).matches("x+");
        sender.destroy();
    }

    @Test
    void connectsOnlyToAddressesTheGuardChecked() throws Exception {
        receiver("HTTP/1.1 204 No Content\r\n\r\n", false);
        WebhookSender sender = sender(false);

        DeliveryAttempt attempt = assertTimeoutPreemptively(HANG_GUARD, () -> sender.send(endpoint(), "evt_1", EVENT));

        assertThat(attempt.error()).contains("resolves to a private, loopback or reserved address");
        assertThat(attempt.httpStatus()).isNull();
        assertThat(connections.get()).isZero();
        sender.destroy();
    }

    @Test
    void namesOurProductAsTheUserAgentNotStripe() throws Exception {
        receiver("HTTP/1.1 204 No Content\r\n\r\n", false);
        WebhookSender sender = sender(true);
        release.countDown();

        DeliveryAttempt attempt = assertTimeoutPreemptively(HANG_GUARD, () -> sender.send(endpoint(), "evt_1", EVENT));

        assertThat(attempt.error()).isNull();
        assertThat(request.get()).containsIgnoringCase("user-agent: PaymentLedger/")
                .doesNotContainIgnoringCase("stripe.com");
        sender.destroy();
    }

    private WebhookEndpoint endpoint() {
        return new WebhookEndpoint("we_1", "acct_1", "http://127.0.0.1:" + server.getLocalPort() + "/hooks",
                List.of("*"), null, null, "whsec_test", "enabled", 0, 0, Map.of());
    }

    private static WebhookSender sender(boolean allowPrivate) {
        WebhookProperties properties = TestWebhookProperties.with(allowPrivate, Duration.ofMillis(300));
        return new WebhookSender(properties, new TargetGuard(properties, ApiKeys.parse("sk_test_k=acct_1", false)));
    }

    /** Answers every connection with {@code head}, then either stalls or streams x's until released. */
    private void receiver(String head, boolean endlessBody) throws IOException {
        server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread thread = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                    connections.incrementAndGet();
                    InputStream in = socket.getInputStream();
                    byte[] received = new byte[8192];
                    int length = in.read(received);
                    request.set(new String(received, 0, Math.max(length, 0), StandardCharsets.US_ASCII));
                    OutputStream out = socket.getOutputStream();
                    out.write(head.getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    byte[] chunk = "x".repeat(1024).getBytes(StandardCharsets.US_ASCII);
                    while (endlessBody && release.getCount() > 0) {
                        out.write(chunk);
                    }
                    release.await();
                } catch (IOException | InterruptedException e) {
                    // The sender dropped the connection, or the test is over.
                }
            }
        }, "stalling-receiver");
        thread.setDaemon(true);
        thread.start();
    }
}
