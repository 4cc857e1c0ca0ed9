package io.paymentledger.query.chain;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Walks the whole event store and checks every aggregate's hash chain and recorded head ({@link ChainWalk}); keeps
 * the last result for the admin API and the gauges {@code ledger.event-chain.breaks} (broken links found by the
 * last verification; absent before the first) and {@code ledger.event-chain.checked-events}. Logs the global
 * digest of the recorded heads every {@code ledger.event-chain.digest-interval}.
 */
public class EventChainVerification {

    private static final Logger log = LoggerFactory.getLogger(EventChainVerification.class);

    private final StoredEvents store;
    private final EventChainHeads heads;
    private final Clock clock = Clock.systemUTC();
    private volatile ChainReport last;

    EventChainVerification(StoredEvents store, EventChainHeads heads, MeterRegistry registry) {
        this.store = store;
        this.heads = heads;
        Gauge.builder("ledger.event-chain.breaks", this, verification -> verification.lastValue(true))
                .description("Broken links of the event chain found by the last verification (0 when intact)")
                .register(registry);
        Gauge.builder("ledger.event-chain.checked-events", this, verification -> verification.lastValue(false))
                .description("Events the last event chain verification checked")
                .register(registry);
    }

    /** One verification at a time: a second request waits for the first and then walks again. */
    public synchronized ChainReport verify() {
        Map<String, RecordedHead> recorded = heads.all();
        ChainDigest digest = heads.digest(recorded);
        ChainWalk walk = new ChainWalk(recorded);
        store.forEach(walk::accept);
        ChainReport report = walk.finish(digest, clock.instant());
        last = report;
        if (report.intact()) {
            log.info("Event chain intact: {} events of {} aggregates ({} stored before hashing), {} recorded heads,"
                    + " digest {}", report.events(), report.aggregates(), report.eventsBeforeHashing(),
                    report.headsChecked(), digest.digest());
        } else {
            log.error("EVENT CHAIN BROKEN: {} broken links in {} events; first: {}", report.breaks(), report.events(),
                    report.firstBreak().describe());
        }
        return report;
    }

    public Optional<ChainReport> last() {
        return Optional.ofNullable(last);
    }

    public ChainDigest digest() {
        return heads.digest(heads.all());
    }

    @Scheduled(initialDelayString = "${ledger.event-chain.digest-interval:10m}",
            fixedDelayString = "${ledger.event-chain.digest-interval:10m}")
    void logDigest() {
        ChainDigest digest = digest();
        log.info("Event chain digest {} over {} aggregate heads ({} events)", digest.digest(), digest.aggregates(),
                digest.events());
    }

    private double lastValue(boolean breaks) {
        ChainReport report = last;
        if (report == null) {
            return Double.NaN;
        }
        return breaks ? report.breaks() : report.events();
    }
}
