package io.paymentledger.benchmark;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Opens the standalone H2 database through another H2 file system than {@code file:} ({@code async:} by default,
 * or {@code retry:nio:}), keeping every other part of the ledger's URL. Why: H2's default file system uses an
 * interruptible {@code FileChannel}; Java closes such a channel for every thread when one thread doing I/O on it
 * is interrupted, and H2 then answers "The database has been closed" to everyone. Under concurrent POSTs this
 * happened within seconds: Reactor interrupts its parallel thread when it disposes the running periodic task of
 * the gateway's read-after-write poll ({@code Flux.interval}, whose tick runs the JDBC query), Axon's janitor
 * interrupts threads holding a unit of work for over a minute, and tracking processors interrupt workers that
 * outlast the termination timeout. {@code async:} uses an {@code AsynchronousFileChannel}, which an interrupt does
 * not close; {@code retry:} reopens the channel and retries. Reported to the lead; remove once fixed.
 */
final class H2FileSystem implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final String URL = "spring.datasource.url";

    private final String prefix;

    /** {@code prefix}: what replaces {@code file:} in the URL, e.g. {@code async:}. */
    H2FileSystem(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        String url = event.getEnvironment().getProperty(URL);
        if (url != null && url.startsWith("jdbc:h2:file:")) {
            String replaced = "jdbc:h2:" + prefix + url.substring("jdbc:h2:file:".length());
            event.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("benchmark-h2-file-system", Map.of(URL, replaced)));
        }
    }
}
