package bank.ledger.app.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.DoubleSummaryStatistics;

/** Samples the machine's one-minute load average every 10 s while the run goes on. */
final class LoadSampler {
    private final DoubleSummaryStatistics samples = new DoubleSummaryStatistics();
    private final Thread thread;
    private volatile boolean running = true;

    private LoadSampler() {
        thread = new Thread(this::sample, "chaos-load-sampler");
        thread.setDaemon(true);
    }

    static LoadSampler start() {
        LoadSampler sampler = new LoadSampler();
        sampler.thread.start();
        return sampler;
    }

    private void sample() {
        while (running) {
            try {
                String loadavg = Files.readString(Path.of("/proc/loadavg"));
                synchronized (samples) {
                    samples.accept(Double.parseDouble(loadavg.split(" ")[0]));
                }
                Thread.sleep(10_000);
            } catch (IOException | NumberFormatException e) {
                return; // not Linux: no load figures
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Mean and maximum of the samples. */
    double[] stop() {
        running = false;
        thread.interrupt();
        synchronized (samples) {
            return new double[] {samples.getAverage(), samples.getMax()};
        }
    }
}
