package bank.ledger.app.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

/** Closed-loop load: N clients call an operation back to back for a fixed time after a warm-up. */
final class LoadRun {
    private LoadRun() {
    }

    record Result(String name, long succeeded, long refused, double perSecond, double p50Ms, double p99Ms) {
    }

    static Result run(String name, int clients, long warmupMs, long durationMs, BooleanSupplier operation)
            throws Exception {
        drive(clients, warmupMs, operation);
        List<long[]> perClient = drive(clients, durationMs, operation);
        long succeeded = perClient.stream().mapToLong(c -> c[0]).sum();
        long refused = perClient.stream().mapToLong(c -> c[1]).sum();
        long[] latencies = perClient.stream().flatMapToLong(c -> Arrays.stream(c, 2, 2 + (int) (c[0] + c[1])))
                .sorted().toArray();
        return new Result(name, succeeded, refused, succeeded * 1000.0 / durationMs,
                percentile(latencies, 0.50), percentile(latencies, 0.99));
    }

    /** Each client's array: [succeeded, refused, latency in microseconds...]. */
    private static List<long[]> drive(int clients, long durationMs, BooleanSupplier operation) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long endNs = System.nanoTime() + durationMs * 1_000_000;
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                long[] stats = new long[2 + 500_000];
                while (System.nanoTime() < endNs && stats[0] + stats[1] < stats.length - 2) {
                    long startNs = System.nanoTime();
                    boolean ok = operation.getAsBoolean();
                    stats[2 + (int) (stats[0] + stats[1])] = (System.nanoTime() - startNs) / 1000;
                    stats[ok ? 0 : 1]++;
                }
                return stats;
            }));
        }
        List<long[]> results = new ArrayList<>();
        for (Future<long[]> future : futures) {
            results.add(future.get());
        }
        pool.shutdown();
        return results;
    }

    private static double percentile(long[] sortedMicros, double p) {
        return sortedMicros.length == 0 ? 0 : sortedMicros[(int) Math.min(sortedMicros.length - 1,
                Math.floor(p * sortedMicros.length))] / 1000.0;
    }

    static String report(List<Result> results, int accounts, int clients, long durationMs) {
        StringBuilder text = new StringBuilder("| workload | succeeded | refused | per second | p50 ms | p99 ms |\n"
                + "|---|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            text.append(String.format("| %s | %d | %d | %.0f | %.1f | %.1f |%n", r.name(), r.succeeded(), r.refused(),
                    r.perSecond(), r.p50Ms(), r.p99Ms()));
        }
        double ratio = results.get(1).perSecond() / Math.max(1, results.get(0).perSecond());
        text.append(String.format("%n%d accounts, %d clients, %d s measured after warm-up; ledger/naive = %.2f%n",
                accounts, clients, durationMs / 1000, ratio));
        return text.toString();
    }
}
