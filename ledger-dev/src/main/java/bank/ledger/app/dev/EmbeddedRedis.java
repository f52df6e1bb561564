package bank.ledger.app.dev;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import redis.embedded.core.ExecutableProvider;

/**
 * redis-server from embedded-redis's bundled binaries, run as a child process. Started here rather than by
 * embedded-redis's RedisServer, which registers a JVM shutdown hook of its own: that hook stopped Redis while the
 * application was still closing, and Lettuce logged reconnection failures. Stopped by EmbeddedServices.stop().
 */
final class EmbeddedRedis {
    private static final long READY_TIMEOUT_MS = 30_000;
    private final Process process;

    private EmbeddedRedis(Process process) {
        this.process = process;
    }

    static EmbeddedRedis start(int port) throws IOException {
        String executable = ExecutableProvider.newJarResourceProvider().get().getAbsolutePath();
        Process process = new ProcessBuilder(List.of(executable, "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no")).redirectErrorStream(true).start();
        awaitReady(process);
        return new EmbeddedRedis(process);
    }

    /** Reads the server's output until it accepts connections (bounded in time), then drains it in the background. */
    private static void awaitReady(Process process) throws IOException {
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadlineMs = System.currentTimeMillis() + READY_TIMEOUT_MS;
        String line;
        while ((line = output.readLine()) != null) {
            if (line.contains("Ready to accept connections")) {
                Thread drain = new Thread(() -> drain(output), "embedded-redis-output");
                drain.setDaemon(true);
                drain.start();
                return;
            }
            if (System.currentTimeMillis() > deadlineMs) {
                break;
            }
        }
        process.destroyForcibly();
        throw new IOException("redis-server did not become ready: " + line);
    }

    /** Redis's log is not wanted, but a full pipe would block the server; the stream closes when it stops. */
    private static void drain(BufferedReader output) {
        try {
            while (output.readLine() != null) {
                // discarded
            }
        } catch (IOException closed) {
            // the server stopped
        }
    }

    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
