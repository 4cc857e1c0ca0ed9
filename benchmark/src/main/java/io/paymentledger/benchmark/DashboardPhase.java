package io.paymentledger.benchmark;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How fast the dashboard renders with many payments in the read model (issue 18: under 200 ms with 100,000). Fills
 * the event store up to {@code payments} intents of the benchmark's account by copying whole intents of the
 * warm-up's mix (plain JDBC batches, as the replay phase does; the running projections pick the copies up like new
 * events), waits until every projection has caught up, signs in to the dashboard with the API key, and times
 * {@code samples} GETs of each page one after the other: the payments list's first page, a filtered page, a search,
 * a payment's page (a random copy each time) and the books page. Prints p50 and p99 per page. Never asserts a time.
 */
final class DashboardPhase {

    private static final int ROWS_PER_TRANSACTION = 1_000;
    private static final Pattern SIGN_IN_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern COOKIE = Pattern.compile("^([^=]+)=([^;]*)");

    private final String baseUrl;
    private final String apiKey;
    private final DataSource dataSource;
    private final Processors processors;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    DashboardPhase(String baseUrl, String apiKey, DataSource dataSource, Processors processors, PrintStream out) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
        this.dataSource = dataSource;
        this.processors = processors;
        this.out = out;
    }

    /** Each page's latencies, the payments in the read model, and the answers that were not 200. */
    record Outcome(Map<String, Latencies.Summary> pages, long payments, long errors) {
    }

    Outcome run(long payments, int samples) throws Exception {
        long before = payments();
        long started = System.nanoTime();
        List<String> copies = fill(payments - before);
        long head = EventRows.head(dataSource);
        Map<String, Double> reached = processors.awaitPosition(head, started, 60_000 + payments * 20);
        long now = payments();
        out.printf("%n== dashboard: %d payments in the read model (%d copied and projected in %.1f s%s)%n", now,
                copies.size(), (System.nanoTime() - started) / 1e9,
                reached.size() == processors.names().size() ? "" : ", projections NOT caught up");
        if (copies.isEmpty()) {
            copies = sampleIds();
        }
        String session = signIn();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("payments (first page)", "/dashboard/payments");
        pages.put("payments (status and currency)", "/dashboard/payments?status=succeeded&currency=usd");
        pages.put("payments (search)", "/dashboard/payments?q=" + URLEncoder.encode(
                "status:'succeeded' AND amount>1000", StandardCharsets.UTF_8));
        pages.put("payment", null);
        pages.put("books", "/dashboard/books");
        Map<String, Latencies.Summary> summaries = new LinkedHashMap<>();
        long errors = 0;
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Latencies latencies = new Latencies();
            for (int i = 0; i < samples; i++) {
                String path = page.getValue() != null ? page.getValue()
                        : "/dashboard/payments/" + copies.get(ThreadLocalRandom.current().nextInt(copies.size()));
                long sent = System.nanoTime();
                int status = get(path, session).statusCode();
                latencies.record(System.nanoTime() - sent);
                if (status != 200) {
                    errors++;
                    out.printf("  %s answered %d%n", path, status);
                }
            }
            summaries.put(page.getKey(), latencies.summary());
            out.printf("  %-32s %s%n", page.getKey(), latencies.summary().millis());
        }
        return new Outcome(summaries, now, errors);
    }

    /** Copies whole intents of the warm-up's mix until {@code missing} more exist; answers the copies' ids. */
    private List<String> fill(long missing) throws Exception {
        List<String> ids = new ArrayList<>();
        if (missing <= 0) {
            return ids;
        }
        List<EventRows.Intent> templates = EventRows.loadTemplates(dataSource, 5_000);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(EventRows.insertInto(EventRows.EVENT_TABLE))) {
                int pending = 0;
                while (ids.size() < missing) {
                    EventRows.Intent template = templates.get(ids.size() % templates.size());
                    String id = Commands.newIntentId();
                    for (EventRows.CommandRows command : template.commands()) {
                        EventRows.addCopy(insert, template.id(), id, command, true);
                        pending += command.rows().size();
                    }
                    ids.add(id);
                    if (pending >= ROWS_PER_TRANSACTION || ids.size() == missing) {
                        insert.executeBatch();
                        connection.commit();
                        pending = 0;
                    }
                }
            }
        }
        return ids;
    }

    private long payments() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement(
                     "SELECT COUNT(*) FROM payment_intent_view WHERE account_id = ?")) {
            count.setString(1, InProcessLedger.ACCOUNT);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /** When nothing was copied (the read model was already full enough): some intents of the read model. */
    private List<String> sampleIds() throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT id FROM payment_intent_view WHERE account_id = ? LIMIT 1000")) {
            select.setString(1, InProcessLedger.ACCOUNT);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    /** Signs in as a browser does (the sign-in form's CSRF token and cookie); answers the session cookie. */
    private String signIn() throws IOException, InterruptedException {
        HttpResponse<String> form = get("/dashboard/sign-in", null);
        Matcher csrf = SIGN_IN_CSRF.matcher(form.body());
        if (!csrf.find()) {
            throw new IllegalStateException("No sign-in form at " + baseUrl + "/dashboard/sign-in");
        }
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/dashboard/sign-in"))
                .header("Cookie", "ledger_dashboard_sign_in=" + cookie(form, "ledger_dashboard_sign_in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf.group(1) + "&api_key="
                        + URLEncoder.encode(apiKey, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        return cookie(signedIn, "ledger_dashboard");
    }

    private HttpResponse<String> get(String path, String session) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60)).GET();
        if (session != null) {
            request.header("Cookie", "ledger_dashboard=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<String> response, String name) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            Matcher found = COOKIE.matcher(header);
            if (found.find() && found.group(1).equals(name) && !found.group(2).isEmpty()) {
                return found.group(2);
            }
        }
        throw new IllegalStateException("The dashboard set no cookie " + name + " (status "
                + response.statusCode() + ")");
    }
}
