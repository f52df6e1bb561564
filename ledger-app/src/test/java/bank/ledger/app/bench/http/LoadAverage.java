package bank.ledger.app.bench.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The machine's one-minute load average (/proc/loadavg) every 2 s, kept per phase: the figures of a run on a
 * busy machine say little, and the report says how busy it was. NaN where there is no /proc (not Linux).
 */
final class LoadAverage implements AutoCloseable {
    private final Map<String, DoubleSummaryStatistics> phases = new LinkedHashMap<>();
    private final Thread thread = new Thread(this::sample, "bench-load-average");
    private volatile String phase = "start";
    private volatile boolean running = true;

    LoadAverage() {
        thread.setDaemon(true);
        thread.start();
    }

    static double now() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** From now on, samples count for this phase (one sample at once, so that a short phase has one). */
    void phase(String name) {
        phase = name;
        record(now());
    }

    /** Per phase: mean and maximum of the samples. */
    synchronized Map<String, double[]> byPhase() {
        Map<String, double[]> out = new LinkedHashMap<>();
        phases.forEach((name, stats) -> out.put(name, new double[] {stats.getAverage(), stats.getMax()}));
        return out;
    }

    private synchronized void record(double load) {
        if (!Double.isNaN(load)) {
            phases.computeIfAbsent(phase, p -> new DoubleSummaryStatistics()).accept(load);
        }
    }

    private void sample() {
        while (running) {
            record(now());
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
