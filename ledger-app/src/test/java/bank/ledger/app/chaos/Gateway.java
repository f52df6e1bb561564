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

    void start(List<String> allSlots, int statsPort) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(List.of("haproxy", "-db", "-f", config.toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("LEDGER_GW_BIND", "127.0.0.1:" + port);
        env.put("LEDGER_GW_STATS_BIND", "127.0.0.1:" + statsPort);
        env.put("LEDGER_GW_RATE_PER_10S", "1000000"); // every client of the run is 127.0.0.1; the limit is tested apart
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
