package bank.ledger.app.chaos;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A redis-server of the chaos run's own on a free port: the machine's Redis is shared with other
 * users and CI and is never stopped. Nothing is persisted, so an outage also loses sessions, rate-limit
 * buckets and hot balances, as losing a real cache node would.
 */
final class OwnRedis implements AutoCloseable {
    private final int port;
    private final Path log;
    private Process process;

    OwnRedis(int port, Path log) {
        this.port = port;
        this.log = log;
    }

    int port() {
        return port;
    }

    synchronized void start() throws IOException, InterruptedException {
        process = new ProcessBuilder("redis-server", "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!answers()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("redis-server did not start on port " + port + " (see " + log + ")");
            }
            Thread.sleep(100);
        }
    }

    /** The outage: the server is killed; clients see refused connections until {@link #start()}. */
    synchronized void stop() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            process = null;
        }
    }

    private boolean answers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
