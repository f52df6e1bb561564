package bank.ledger.app.bench.http;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code bin/ledger-bench --rebuild-only}: loads about {@code --events} events once through the batch endpoint
 * (three events per two-line entry: the entry and two balance changes), waits until every projection has them,
 * then rebuilds the projections one after the other and reports events per second for each, with the load
 * average of each rebuild. With {@code --compare-jar}, every round rebuilds with this jar, then restarts on the
 * other jar (same database, same events) and rebuilds again: interleaved, so both see the same machine.
 */
final class RebuildBench {
    /** The six projections with a dead-letter queue (application.properties), in this order. */
    static final List<String> PROJECTIONS = List.of("account-balances", "account-lines", "journal-entries",
            "hot-accounts", "statement-reconciliation", "reconciliation-ledger-items");
    private static final Duration LOAD_TIMEOUT = Duration.ofMinutes(30);
    private static final Duration CAUGHT_UP_TIMEOUT = Duration.ofMinutes(15);
    private static final int EVENTS_PER_ENTRY = 3;
    /** How often a rebuild's status is read: its time resolution. Not faster: before 2026-12-03 a status call read a batch of events. */
    private static final long POLL_MS = 200;

    /**
     * One rebuild: which jar, which round, the figures, the load average (mean, max) while it ran, and the CPU
     * seconds the ledger and the database backends spent on it (the whole process: the other processors are idle).
     */
    record Timed(String jar, int round, RebuildTimer.Result result, double[] load, CpuMeter.Reading cpu) {
        /** Events per CPU second of the ledger and the database together. */
        double eventsPerCpuSecond() {
            double seconds = cpu.ledgerSeconds() + (Double.isNaN(cpu.databaseSeconds()) ? 0 : cpu.databaseSeconds());
            return seconds <= 0 ? Double.NaN : result.events() / seconds;
        }
    }

    private RebuildBench() {
    }

    /** Posts batches from {@code clients} threads until about {@code events} events are in the store. */
    static long load(Workloads work, int events, int clients, int batchSize) throws Exception {
        long entriesWanted = Math.max(1, events / EVENTS_PER_ENTRY);
        HttpBenchmark.progress("loading about " + events + " events (" + entriesWanted + " entries in batches of "
                + batchSize + ")");
        AtomicLong claimed = new AtomicLong();
        AtomicLong posted = new AtomicLong();
        long deadline = System.nanoTime() + LOAD_TIMEOUT.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> lanes = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                lanes.add(pool.submit(() -> {
                    long from;
                    while ((from = claimed.getAndAdd(batchSize)) < entriesWanted && System.nanoTime() < deadline) {
                        int size = (int) Math.min(batchSize, entriesWanted - from);
                        posted.addAndGet(work.postBatch(size).units());
                    }
                    return null;
                }));
            }
            for (Future<?> lane : lanes) {
                lane.get(LOAD_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        HttpBenchmark.progress("  " + posted.get() + " entries posted");
        return posted.get();
    }

    /** The events in the store now (the head's position + 1, as the projections' status reports it). */
    static long storedEvents(BenchHttp admin) throws Exception {
        BenchHttp.Answer answer = admin.get("/api/v1/admin/projections/" + PROJECTIONS.get(0));
        if (answer.status() != 200) {
            throw new IllegalStateException("projection status: " + answer.status() + " " + answer.body());
        }
        return answer.json().path("head").asLong(-1) + 1;
    }

    /**
     * Waits until every streaming processor of the node (not only the six: the stream publisher, the outbox and the
     * chain lag behind a load and would compete with the rebuilds) has processed the whole store (bounded).
     */
    static void awaitCaughtUp(BenchHttp admin) throws Exception {
        long deadline = System.nanoTime() + CAUGHT_UP_TIMEOUT.toNanos();
        while (true) {
            BenchHttp.Answer answer = admin.get("/api/v1/admin/projections");
            boolean caughtUp = answer.status() == 200 && answer.json().isArray() && !answer.json().isEmpty();
            if (caughtUp) {
                for (var processor : answer.json()) {
                    caughtUp &= processor.path("eventsBehind").asLong(-1) == 0;
                }
            }
            if (caughtUp) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("processors not caught up after " + CAUGHT_UP_TIMEOUT.toMinutes()
                        + " min: " + BenchHttp.abbreviate(answer.body()));
            }
            Thread.sleep(500);
        }
    }

    /** Every projection rebuilt once on the fleet as it runs now. */
    static List<Timed> rebuildAll(BenchHttp admin, LoadAverage load, CpuMeter cpu, String jar, int round,
                                  Duration timeout) throws Exception {
        List<Timed> timed = new ArrayList<>();
        for (String projection : PROJECTIONS) {
            String phase = "rebuild " + projection + " " + jar + " #" + round;
            load.phase(phase);
            HttpBenchmark.progress(phase);
            CpuMeter.Reading before = cpu.read();
            RebuildTimer.Result result = RebuildTimer.run(admin, projection, timeout, POLL_MS);
            Timed done = new Timed(jar, round, result, load.byPhase().get(phase), cpu.read().minus(before));
            timed.add(done);
            HttpBenchmark.progress(String.format("  %d events in %.1f s = %.0f events/s; CPU s ledger %.1f,"
                    + " PostgreSQL %.1f: %.0f events per CPU second", result.events(), result.seconds(),
                    result.eventsPerSecond(), done.cpu().ledgerSeconds(), done.cpu().databaseSeconds(),
                    done.eventsPerCpuSecond()));
        }
        return timed;
    }

    static String markdown(String mode, long storedBefore, long entries, List<Timed> runs) {
        StringBuilder text = new StringBuilder(String.format("%s; %d events stored before the run, %d entries loaded"
                + " by it%n%n", mode, storedBefore, entries));
        text.append("| jar | round | projection | events | seconds | events / s | load 1 min mean / max |"
                        + " CPU s ledger / PostgreSQL | events / CPU s |\n")
                .append("|---|---:|---|---:|---:|---:|---:|---:|---:|\n");
        for (Timed t : runs) {
            text.append(String.format("| %s | %d | %s | %d | %.2f | %.0f%s | %.1f / %.1f | %.1f / %.1f | %.0f |%n",
                    t.jar(), t.round(), t.result().projection(), t.result().events(), t.result().seconds(),
                    t.result().eventsPerSecond(), t.result().finished() ? "" : " (NOT FINISHED)", t.load()[0],
                    t.load()[1], t.cpu().ledgerSeconds(), t.cpu().databaseSeconds(), t.eventsPerCpuSecond()));
        }
        return text.toString();
    }

    static Map<String, Object> json(String mode, long storedBefore, long entries, List<Timed> runs) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Timed t : runs) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("jar", t.jar());
            row.put("round", t.round());
            row.put("projection", t.result().projection());
            row.put("events", t.result().events());
            row.put("seconds", Math.round(t.result().seconds() * 100) / 100.0);
            row.put("eventsPerSecond", Math.round(t.result().eventsPerSecond()));
            row.put("finished", t.result().finished());
            row.put("cpuSeconds", Map.of("ledger", round2(t.cpu().ledgerSeconds()),
                    "postgresql", round2(t.cpu().databaseSeconds())));
            row.put("eventsPerCpuSecond", round2(t.eventsPerCpuSecond()));
            row.put("loadAverage", Map.of("mean", Math.round(t.load()[0] * 100) / 100.0,
                    "max", Math.round(t.load()[1] * 100) / 100.0));
            rows.add(row);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("mode", mode);
        out.put("eventsStoredBefore", storedBefore);
        out.put("entriesLoaded", entries);
        out.put("rebuilds", rows);
        out.put("errors", runs.stream().filter(t -> !t.result().finished()).count());
        return out;
    }

    /** Two decimals; JSON has no NaN, so an unknown figure is -1. */
    private static double round2(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? -1 : Math.round(value * 100) / 100.0;
    }

    /** The name a jar goes by in the report: its file name, or its directory's for an extracted jar. */
    static String label(Path jar) {
        Path name = jar.getFileName();
        return name.toString().equals("ledger-app.jar") && jar.getParent() != null
                ? jar.getParent().getFileName() + "/" + name : name.toString();
    }
}
