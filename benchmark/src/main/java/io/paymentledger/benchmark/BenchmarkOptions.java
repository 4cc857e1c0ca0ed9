package io.paymentledger.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Command-line options, {@code --name=value}. Without {@code --url} the benchmark starts the ledger itself in
 * this JVM on a temporary data directory ({@code --mode=standalone}, H2) or on an embedded PostgreSQL
 * ({@code --mode=postgres}).
 *
 * @param url             a running ledger to drive instead of starting one (only the api and history phases)
 * @param apiKey          secret key sent as the bearer token
 * @param adminKey        admin API key: in-process a random one is configured; against {@code --url}, the replay
 *                        phase runs only with it
 * @param mode            {@code standalone} or {@code postgres}
 * @param duration        how long the api, lag and jdbc phases each run
 * @param concurrency     parallel clients (and parallel JDBC writers in the jdbc phase)
 * @param rate            flows per second to start in the api phase; 0 runs unthrottled
 * @param phases          which phases run, in the fixed order of {@link #ALL_PHASES}
 * @param replayEvents    events in the event store when the replay phase rebuilds the projections
 * @param historyEvents   prior events of the "long" intent in the history phase
 * @param historySamples  timed commands on each of the long and the short intent
 * @param warmup          unmeasured load before the api phase, at least
 * @param warmupMax       the warm-up goes on (in 5 s rounds) while the in-process ledger's JIT compiler is still
 *                        busy, up to this long in all
 * @param dashboardPayments payments in the read model when the dashboard phase times its pages
 * @param dashboardSamples  timed GETs of each dashboard page
 * @param h2FileSystem    H2 file system of the standalone database: {@code async:} (default), {@code retry:nio:}
 *                        or {@code file:}, the URL exactly as shipped (see {@link H2FileSystem} for why)
 * @param ledgerArgs      {@code --spring.*}, {@code --ledger.*}, {@code --axon.*}, {@code --server.*} and
 *                        {@code --logging.*} options, passed on to the in-process ledger (to try a tuning)
 * @param nodes           ledger nodes: 2 starts a second node ({@link SecondNode}, from {@code ledgerJar}) on the
 *                        in-process ledger's embedded PostgreSQL ({@code --mode=postgres} only); the api phases'
 *                        flows go to the nodes in turn
 * @param ledgerJar       the ledger's executable jar, for a second node
 */
record BenchmarkOptions(String url, String apiKey, String adminKey, String mode, Duration duration, int concurrency,
                        double rate, Set<String> phases, long replayEvents, int historyEvents, int historySamples,
                        long dashboardPayments, int dashboardSamples, Duration warmup, Duration warmupMax,
                        String h2FileSystem, List<String> ledgerArgs, int nodes, Path ledgerJar) {

    private static final List<String> LEDGER_PREFIXES =
            List.of("spring.", "ledger.", "axon.", "server.", "logging.");

    static final List<String> ALL_PHASES = List.of("api", "apihalf", "lag", "bus", "history", "jdbc", "replay",
            "dashboard");
    /** Every phase but the dashboard's, whose filling of 100,000 payments takes minutes: it runs when asked for. */
    static final List<String> DEFAULT_PHASES = ALL_PHASES.subList(0, ALL_PHASES.size() - 1);

    BenchmarkOptions withAdminKey(String key) {
        return new BenchmarkOptions(url, apiKey, key, mode, duration, concurrency, rate, phases, replayEvents,
                historyEvents, historySamples, dashboardPayments, dashboardSamples, warmup, warmupMax, h2FileSystem,
                ledgerArgs, nodes, ledgerJar);
    }

    boolean inProcess() {
        return url == null;
    }

    boolean runs(String phase) {
        return phases.contains(phase);
    }

    static BenchmarkOptions parse(String... args) {
        String url = null;
        String apiKey = "sk_test_benchmark";
        String adminKey = null;
        String mode = "standalone";
        Duration duration = Duration.ofSeconds(30);
        int concurrency = 16;
        double rate = 0;
        Set<String> phases = new LinkedHashSet<>(DEFAULT_PHASES);
        long replayEvents = 1_000_000;
        int historyEvents = 1_000;
        int historySamples = 200;
        long dashboardPayments = 100_000;
        int dashboardSamples = 100;
        Duration warmup = Duration.ofSeconds(10);
        Duration warmupMax = Duration.ofSeconds(120);
        String h2FileSystem = "async:";
        List<String> ledgerArgs = new ArrayList<>();
        int nodes = 1;
        Path ledgerJar = Path.of("ledger/target/ledger.jar");
        for (String arg : args) {
            int separator = arg.indexOf('=');
            if (!arg.startsWith("--") || separator < 0) {
                throw new IllegalArgumentException("Options are --name=value, not " + arg);
            }
            String name = arg.substring(2, separator);
            String value = arg.substring(separator + 1);
            if (LEDGER_PREFIXES.stream().anyMatch(name::startsWith)) {
                ledgerArgs.add(arg);
                continue;
            }
            switch (name) {
                case "url" -> url = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
                case "api-key" -> apiKey = value;
                case "admin-key" -> adminKey = value;
                case "mode" -> mode = requireOneOf(value, "standalone", "postgres");
                case "duration" -> duration = parseDuration(value);
                case "concurrency" -> concurrency = Integer.parseInt(value);
                case "rate" -> rate = Double.parseDouble(value);
                case "phases" -> phases = parsePhases(value);
                case "replay-events" -> replayEvents = Long.parseLong(value.replace("_", ""));
                case "history-events" -> historyEvents = Integer.parseInt(value);
                case "history-samples" -> historySamples = Integer.parseInt(value);
                case "dashboard-payments" -> dashboardPayments = Long.parseLong(value.replace("_", ""));
                case "dashboard-samples" -> dashboardSamples = Integer.parseInt(value);
                case "warmup" -> warmup = parseDuration(value);
                case "warmup-max" -> warmupMax = parseDuration(value);
                case "h2-fs" -> h2FileSystem = requireOneOf(value, "async:", "retry:nio:", "file:");
                case "nodes" -> nodes = Integer.parseInt(requireOneOf(value, "1", "2"));
                case "ledger-jar" -> ledgerJar = Path.of(value);
                default -> throw new IllegalArgumentException("Unknown option --" + name);
            }
        }
        if (nodes > 1 && (url != null || !"postgres".equals(mode))) {
            throw new IllegalArgumentException("--nodes=2 needs --mode=postgres and no --url (nodes share a database)");
        }
        return new BenchmarkOptions(url, apiKey, adminKey, mode, duration, concurrency, rate, phases, replayEvents,
                historyEvents, historySamples, dashboardPayments, dashboardSamples, warmup, warmupMax, h2FileSystem,
                List.copyOf(ledgerArgs), nodes, ledgerJar);
    }

    /** {@code 30s}, {@code 2m}, {@code 500ms} or ISO-8601 ({@code PT30S}). */
    static Duration parseDuration(String value) {
        String text = value.trim().toLowerCase();
        if (text.startsWith("pt")) {
            return Duration.parse(text);
        }
        if (text.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
        }
        long amount = Long.parseLong(text.substring(0, text.length() - 1));
        return switch (text.charAt(text.length() - 1)) {
            case 's' -> Duration.ofSeconds(amount);
            case 'm' -> Duration.ofMinutes(amount);
            default -> throw new IllegalArgumentException("Durations look like 30s, 2m or 500ms, not " + value);
        };
    }

    private static Set<String> parsePhases(String value) {
        Set<String> phases = new LinkedHashSet<>();
        for (String phase : value.split(",")) {
            phases.add(requireOneOf(phase.trim(), ALL_PHASES.toArray(String[]::new)));
        }
        return phases;
    }

    private static String requireOneOf(String value, String... allowed) {
        if (!List.of(allowed).contains(value)) {
            throw new IllegalArgumentException(value + " is not one of " + List.of(allowed));
        }
        return value;
    }
}
