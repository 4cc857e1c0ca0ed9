package io.paymentledger.ledger.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Tuning of the JDBC event store. {@code gapTimeout} must exceed the longest transaction that appends events:
 * a gap in the global index older than this is taken for a rolled-back transaction, so an event committed
 * later still would be skipped by the processors. Command transactions here last milliseconds; the default
 * leaves a wide margin. {@code signalInterval}: how often pooled processors are told to look for events that
 * another node appended (those this node appends are signalled at once), see {@link SignallingEventSource}.
 */
@ConfigurationProperties("ledger.event-store")
public record EventStoreProperties(@DefaultValue("60s") Duration gapTimeout,
                                   @DefaultValue("250") int gapCleaningThreshold,
                                   @DefaultValue("10000") int maxGapOffset,
                                   @DefaultValue("100") int batchSize,
                                   @DefaultValue("100ms") Duration signalInterval) {
}
