package bank.ledger.app.chaos;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * HAProxy with the repository's deploy/gateway/haproxy.cfg, in the foreground, its slots filled from the
 * run's nodes (the unused ones disabled). Requests of the run go through {@link #baseUrl()}.
 */
final class Gateway implements Endpoint {
    private final Path config;
    private final int port;
    private final Path log;
    private final Map<String, String> slots = new TreeMap<>();
    private long ratePer10s = 1_000_000; // every client of the run is 127.0.0.1: the limit is tested apart
    private Process process;

    Gateway(Path config, int port, Path log) {
        this.config = config;
        this.port = port;
        this.log = log;
    }

    /** Fills {@code LEDGER_GW_<slot>} with the node's address; slots never filled are disabled. */
    Gateway slot(String slot, AppInstance node) {
        slots.put(slot, node.baseUrl().substring("http://".length()));
        return this;
    }

    /** The coarse limit per client address in 10 s (deploy/gateway/haproxy.cfg's LEDGER_GW_RATE_PER_10S). */
    Gateway ratePer10s(long requests) {
        ratePer10s = requests;
        return this;
    }

    /**
     * A second gateway on the same nodes with a limit of {@code limit} requests: {@code limit + 5} GETs from
     * this address, the ones past the limit must be 429 gatewayRateLimited with a Retry-After.
     */
    static Invariants.Row rateLimited(Path config, Path log, List<AppInstance> nodes, int limit) throws Exception {
        Gateway limited = new Gateway(config, ChaosRun.freePort(), log).ratePer10s(limit);
        for (AppInstance node : nodes) {
            limited.slot(node.name().toUpperCase().replace("PROJECTOR", "PROJECTOR1"), node);
        }
        List<String> violations = new ArrayList<>();
        try {
            limited.start(slots(ClusterOptions.WRITERS_MAX, ClusterOptions.READERS_MAX), ChaosRun.freePort());
            if (!limited.awaitServing(Duration.ofSeconds(60))) {
                violations.add("the second gateway does not serve");
            }
            Http http = new Http();
            int refused = 0;
            for (int i = 0; i < limit + 5; i++) {
                Http.Answer answer = http.get(limited.baseUrl(), "/actuator/health/readiness");
                if (answer.status() == 429) {
                    refused++;
                    if (!answer.code().equals("gatewayRateLimited") || answer.retryAfterSeconds() <= 0) {
                        violations.add("429 without its code or Retry-After: " + answer.body());
                    }
                }
            }
            if (refused < 5) {
                violations.add(refused + " of " + (limit + 5) + " requests refused with a limit of " + limit);
            }
        } finally {
            limited.stop();
        }
        return new Invariants.Row("gateway: requests past the limit per address answered 429 gatewayRateLimited",
                limit + 5L, violations, "");
    }

    void start(List<String> allSlots, int statsPort) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(List.of("haproxy", "-db", "-f", config.toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("LEDGER_GW_BIND", "127.0.0.1:" + port);
        env.put("LEDGER_GW_STATS_BIND", "127.0.0.1:" + statsPort);
        env.put("LEDGER_GW_RATE_PER_10S", Long.toString(ratePer10s));
        for (String slot : allSlots) {
            if (slots.containsKey(slot)) {
                env.put("LEDGER_GW_" + slot, slots.get(slot));
            } else {
                env.put("LEDGER_GW_" + slot + "_STATE", "disabled");
            }
        }
        process = builder.start();
    }

    /** Waits until a GET through the gateway reaches a ready node (bounded). */
    boolean awaitServing(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Http http = new Http();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (http.get(baseUrl(), "/actuator/health/readiness").status() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        return false;
    }

    static List<String> slots(int writersMax, int readersMax) {
        List<String> all = new ArrayList<>();
        for (int i = 1; i <= writersMax; i++) {
            all.add("WRITER" + i);
        }
        for (int i = 1; i <= readersMax; i++) {
            all.add("READER" + i);
        }
        all.add("PROJECTOR1");
        return all;
    }

    @Override
    public String name() {
        return "gateway";
    }

    @Override
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
