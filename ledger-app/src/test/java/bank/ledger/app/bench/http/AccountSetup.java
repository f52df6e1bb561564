package bank.ledger.app.bench.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Opens the run's accounts over HTTP with the run's clients, and waits until the read model has them all. */
final class AccountSetup {
    private static final Duration READABLE_TIMEOUT = Duration.ofMinutes(5);

    private AccountSetup() {
    }

    static List<String> open(BenchHttp api, String runId, int count, int clients) throws Exception {
        HttpBenchmark.progress("opening " + count + " accounts");
        List<String> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(runId + "-a" + i);
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> lanes = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int first = c;
                lanes.add(pool.submit(() -> {
                    for (int i = first; i < count; i += clients) {
                        String id = ids.get(i);
                        api.expect("/api/v1/accounts", "{\"id\":\"" + id + "\",\"code\":\"" + id
                                + "\",\"name\":\"bench account " + i + "\",\"type\":\"ASSET\",\"currency\":\"EUR\"}");
                    }
                    return null;
                }));
            }
            for (Future<?> lane : lanes) {
                lane.get(READABLE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        return List.copyOf(ids);
    }

    /** The read workload reads random accounts: every one must be in the read model first. */
    static void awaitReadable(BenchHttp reader, List<String> ids) throws Exception {
        long deadline = System.nanoTime() + READABLE_TIMEOUT.toNanos();
        for (String id : ids) {
            while (reader.get("/api/v1/accounts/" + id).status() != 200) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("account " + id + " not in the read model after "
                            + READABLE_TIMEOUT.toMinutes() + " min");
                }
                Thread.sleep(100);
            }
        }
    }
}
