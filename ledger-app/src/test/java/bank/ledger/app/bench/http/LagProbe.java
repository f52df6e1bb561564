package bank.ledger.app.bench.http;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Projection lag under a steady write rate: C paced writers post single entries at {@code ratePerSecond} in all,
 * while one probe takes the latest acknowledged entry, polls {@code GET /api/v1/journal-entries/{id}} (the
 * journal-entries read model) every 5 ms until it answers 200, and records the time from the post's answer to
 * that. A sample not visible within 30 s counts as an error, with 30 s as its lag.
 */
final class LagProbe {
    private static final long SAMPLE_TIMEOUT_MS = 30_000;

    record Result(double targetPerSecond, double postedPerSecond, int samples, double p50Ms, double p99Ms,
                  double maxMs, long errors) {
    }

    private LagProbe() {
    }

    static Result run(Workloads load, BenchHttp reader, int clients, double ratePerSecond, long durationMs)
            throws Exception {
        long startNs = System.nanoTime();
        long endNs = startNs + durationMs * 1_000_000;
        AtomicLong posted = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> writers = new ArrayList<>();
        long intervalNs = (long) (clients * 1e9 / Math.max(0.1, ratePerSecond));
        for (int c = 0; c < clients; c++) {
            long firstNs = startNs + c * intervalNs / clients; // spread, not in lock step
            writers.add(pool.submit(() -> pace(load, firstNs, intervalNs, endNs, posted, errors)));
        }
        List<Long> lagsMicros = probe(load, reader, startNs, endNs, errors);
        for (Future<?> writer : writers) {
            writer.get(durationMs + 120_000, TimeUnit.MILLISECONDS);
        }
        pool.shutdownNow();
        long[] sorted = lagsMicros.stream().mapToLong(Long::longValue).sorted().toArray();
        double seconds = (System.nanoTime() - startNs) / 1e9;
        return new Result(ratePerSecond, posted.get() / seconds, sorted.length,
                ClosedLoop.percentile(sorted, 0.50), ClosedLoop.percentile(sorted, 0.99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1000.0, errors.get());
    }

    private static Void pace(Workloads load, long firstNs, long intervalNs, long endNs, AtomicLong posted,
                             AtomicLong errors) throws InterruptedException {
        for (long nextNs = firstNs; nextNs < endNs; nextNs += intervalNs) {
            long waitNs = nextNs - System.nanoTime();
            if (waitNs > 0) {
                TimeUnit.NANOSECONDS.sleep(waitNs);
            }
            try {
                ClosedLoop.Outcome outcome = load.postEntry();
                posted.addAndGet(outcome.units());
                errors.addAndGet(outcome.error() || outcome.refused() > 0 ? 1 : 0);
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                errors.incrementAndGet();
            }
        }
        return null;
    }

    private static List<Long> probe(Workloads load, BenchHttp reader, long startNs, long endNs, AtomicLong errors)
            throws InterruptedException {
        List<Long> lags = new ArrayList<>();
        Workloads.Ack sampled = null;
        while (System.nanoTime() < endNs) {
            Workloads.Ack ack = load.lastAcknowledged();
            if (ack == null || ack == sampled || ack.atNanos() < startNs) { // not one of the earlier phases' entries
                Thread.sleep(5);
                continue;
            }
            sampled = ack;
            long lagMicros = awaitVisible(reader, ack);
            if (lagMicros < 0) {
                errors.incrementAndGet();
                lagMicros = SAMPLE_TIMEOUT_MS * 1000;
            }
            lags.add(lagMicros);
            Thread.sleep(50); // about 20 samples a second at most: the probe's reads are not the load
        }
        return lags;
    }

    /** Microseconds from the post's answer until the read model shows the entry; -1 past the time-out. */
    private static long awaitVisible(BenchHttp reader, Workloads.Ack ack) throws InterruptedException {
        long deadlineNs = ack.atNanos() + SAMPLE_TIMEOUT_MS * 1_000_000;
        while (System.nanoTime() < deadlineNs) {
            try {
                if (reader.get("/api/v1/journal-entries/" + ack.id()).status() == 200) {
                    return (System.nanoTime() - ack.atNanos()) / 1000;
                }
            } catch (java.io.IOException e) {
                // counted below if it never shows
            }
            Thread.sleep(5);
        }
        return -1;
    }
}
