package io.paymentledger.benchmark;

import java.util.concurrent.TimeUnit;

/**
 * The query side's admin replay API ({@code POST /admin/replay}, then {@code GET /admin/replay} until its state is
 * {@code completed}), timed from the client: the same replay an operator runs, on this ledger or a remote one.
 */
final class AdminReplay {

    private static final String PATH = "/admin/replay";
    // Every admin request is audited (a row each): polling faster would add its own load to what is measured.
    private static final long POLL_MILLIS = 500;

    private final ApiClient admin;

    /** {@code admin}: a client that sends the admin key as its bearer token. */
    AdminReplay(ApiClient admin) {
        this.admin = admin;
    }

    /**
     * What the replay reported when it completed, and how long the client saw it take: {@code caughtUpSeconds} until
     * the read models had read every event, {@code seconds} until the books check after it had its result too.
     */
    record Outcome(long total, double caughtUpSeconds, double seconds, boolean completed, String lastAnswer) {
    }

    Outcome run(long timeoutMillis) throws Exception {
        EndpointStats stats = new EndpointStats();
        long started = System.nanoTime();
        ApiClient.Response answer = admin.post(stats, "POST " + PATH, PATH, "");
        if (answer.status() != 202 && answer.status() != 200) {
            return new Outcome(0, 0, 0, false, answer.status() + " " + answer.text());
        }
        long deadline = System.currentTimeMillis() + timeoutMillis;
        double caughtUp = 0;
        while (System.currentTimeMillis() < deadline) {
            answer = admin.get(stats, "GET " + PATH, PATH);
            boolean completed = answer.status() == 200 && "completed".equals(answer.field("state"));
            if (caughtUp == 0 && answer.status() == 200 && answer.body().path("total").asLong() >= 0
                    && (completed || answer.body().path("secondsRemaining").asLong(-1) == 0)) {
                caughtUp = (System.nanoTime() - started) / 1e9;
            }
            if (completed) {
                return new Outcome(answer.body().path("total").asLong(), caughtUp,
                        (System.nanoTime() - started) / 1e9, true, answer.text());
            }
            if (answer.status() == 200 && "failed".equals(answer.field("state"))) {
                break;
            }
            TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Outcome(0, caughtUp, seconds, false, answer.status() + " " + answer.text());
    }
}
