package bank.ledger.app.bench.http;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Closed-loop load: C clients call an operation back to back, first for the warm-up (not counted), then for
 * the measured time, each client stopping early after a maximum count. An operation reports how many units
 * it did (entries of a batch, 1 otherwise), how many of them were refused, and whether it failed outright
 * (an exception, a 5xx, an unexpected status): failures are counted, never hidden, and the loop goes on.
 */
final class ClosedLoop {
    private ClosedLoop() {
    }

    /** What one call did: units done, units refused, and whether the call failed. */
    record Outcome(int units, int refused, boolean error) {
        static final Outcome ONE = new Outcome(1, 0, false);
        static final Outcome REFUSED = new Outcome(0, 1, false);
        static final Outcome ERROR = new Outcome(0, 0, true);
    }

    interface Operation {
        Outcome call() throws Exception;
    }

    record Result(String name, long calls, long units, long refused, long errors, double unitsPerSecond, double p50Ms,
                  double p99Ms) {
    }

    static Result run(String name, int clients, long warmupMs, long durationMs, long opsMaxPerClient,
                      Operation operation) throws Exception {
        if (warmupMs > 0) {
            drive(clients, warmupMs, opsMaxPerClient, operation);
        }
        long startNs = System.nanoTime();
        List<Client> done = drive(clients, durationMs, opsMaxPerClient, operation);
        double seconds = Math.max(0.001, (System.nanoTime() - startNs) / 1e9);
        long calls = done.stream().mapToLong(c -> c.calls).sum();
        long[] latencies = done.stream().flatMapToLong(c -> Arrays.stream(c.latencyMicros, 0, c.calls)).sorted()
                .toArray();
        long units = done.stream().mapToLong(c -> c.units).sum();
        return new Result(name, calls, units, done.stream().mapToLong(c -> c.refused).sum(),
                done.stream().mapToLong(c -> c.errors).sum(), units / seconds, percentile(latencies, 0.50),
                percentile(latencies, 0.99));
    }

    private static final class Client {
        final int callsMax;
        long[] latencyMicros = new long[4096];
        int calls;
        long units;
        long refused;
        long errors;

        Client(long max) {
            callsMax = (int) Math.min(max, 50_000_000);
        }

        void record(long micros) {
            if (calls == latencyMicros.length) { // grows with the run, not sized for the worst case up front
                latencyMicros = Arrays.copyOf(latencyMicros, latencyMicros.length * 2);
            }
            latencyMicros[calls++] = micros;
        }
    }

    private static List<Client> drive(int clients, long durationMs, long opsMax, Operation operation)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long endNs = System.nanoTime() + durationMs * 1_000_000;
        List<Future<Client>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                Client client = new Client(opsMax);
                while (System.nanoTime() < endNs && client.calls < client.callsMax) {
                    long startNs = System.nanoTime();
                    Outcome outcome;
                    try {
                        outcome = operation.call();
                    } catch (InterruptedException e) {
                        throw e;
                    } catch (Exception e) {
                        outcome = Outcome.ERROR;
                    }
                    client.record((System.nanoTime() - startNs) / 1000);
                    client.units += outcome.units();
                    client.refused += outcome.refused();
                    client.errors += outcome.error() ? 1 : 0;
                }
                return client;
            }));
        }
        List<Client> results = new ArrayList<>();
        try {
            for (Future<Client> future : futures) { // a call is bounded by the HTTP time-out: so is the wait
                results.add(future.get(durationMs + 120_000, TimeUnit.MILLISECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        return results;
    }

    static double percentile(long[] sortedMicros, double p) {
        return sortedMicros.length == 0 ? 0 : sortedMicros[(int) Math.min(sortedMicros.length - 1,
                Math.floor(p * sortedMicros.length))] / 1000.0;
    }
}
