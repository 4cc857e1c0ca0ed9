package io.paymentledger.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs a task in a closed loop on {@code concurrency} threads for a duration. With a rate, starts are paced
 * from one shared schedule (one start every 1/rate seconds), so the threads together start at most that many
 * tasks per second; a thread that falls behind the schedule starts at once.
 */
final class LoadRunner {

    interface Task {
        void runOnce() throws Exception;
    }

    private LoadRunner() {
    }

    /**
     * Runs the load and returns the seconds it actually lasted. A task that throws stops its thread; the first
     * such failure is rethrown once all threads have ended, so a broken client fails the run instead of quietly
     * lowering the load.
     */
    static double run(int concurrency, Duration duration, double rate, Task task) throws InterruptedException {
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        long interval = rate > 0 ? (long) (1_000_000_000L / rate) : 0;
        AtomicLong nextStart = new AtomicLong(start);
        AtomicReference<Exception> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            Thread thread = new Thread(() -> loop(end, interval, nextStart, task, failure), "bench-client-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("A benchmark client failed", failure.get());
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static void loop(long end, long interval, AtomicLong nextStart, Task task,
                             AtomicReference<Exception> failure) {
        while (System.nanoTime() < end) {
            if (interval > 0) {
                long scheduled = nextStart.getAndAdd(interval);
                if (scheduled >= end) {
                    return;
                }
                long wait = scheduled - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
            }
            try {
                task.runOnce();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception unexpected) {
                failure.compareAndSet(null, unexpected);
                return;
            }
        }
    }
}
