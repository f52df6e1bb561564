package bank.ledger.app.chaos;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * One ledger process (the packaged jar, external profile) on a fixed port. {@link #kill()} is
 * {@code kill -9}; {@link #start()} launches it again on the same port, and a watcher marks it ready
 * once {@code /actuator/health/readiness} answers UP, recording how long that took.
 */
final class AppInstance implements Endpoint {
    enum State { STARTING, READY, DOWN }

    private final String name;
    private final int port;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final List<Long> readyMs = new CopyOnWriteArrayList<>();
    private volatile State state = State.DOWN;
    private volatile Process process;
    private volatile int unexpectedExits;
    private volatile int startupFailures;

    AppInstance(int index, int port, List<String> command, Map<String, String> environment, Path log) {
        this("app" + index, port, command, environment, log);
    }

    AppInstance(String name, int port, List<String> command, Map<String, String> environment, Path log) {
        this.name = name;
        this.port = port;
        this.command = command;
        this.environment = environment;
        this.log = log;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The running process's id (Axon's token owner is {@code pid@host}), or -1 while none runs. */
    long pid() {
        Process running = process;
        return running == null ? -1 : running.pid();
    }

    State state() {
        return state;
    }

    List<Long> readyMs() {
        return readyMs;
    }

    /** Exits of a ready instance the run did not cause. */
    int unexpectedExits() {
        return unexpectedExits;
    }

    /** Starts that ended in an exit (e.g. a connection terminated during start-up); started again. */
    int startupFailures() {
        return startupFailures;
    }

    synchronized void start() throws IOException {
        Files.writeString(log, "\n===== chaos: " + name() + " starting at " + Instant.now() + " =====\n",
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        state = State.STARTING;
        Process started = builder.start();
        process = started;
        Thread watcher = new Thread(() -> watch(started, System.nanoTime()), name() + "-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** SIGKILL: no shutdown hook, no graceful stop, in-flight requests and transactions are cut. */
    synchronized void kill() throws InterruptedException {
        Process victim = process;
        state = State.DOWN;
        process = null;
        if (victim != null) {
            victim.destroyForcibly();
            victim.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Waits until ready; false when the time-out passes or the process is gone. */
    boolean awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            State now = state;
            if (now == State.READY) {
                return true;
            }
            if (now == State.DOWN) {
                return false;
            }
            Thread.sleep(200);
        }
        return state == State.READY;
    }

    private void watch(Process watched, long startNs) {
        try {
            while (process == watched && watched.isAlive()) {
                if (ready()) {
                    readyMs.add((System.nanoTime() - startNs) / 1_000_000);
                    state = State.READY;
                    break;
                }
                Thread.sleep(300);
            }
            boolean wasReady = state == State.READY && process == watched;
            watched.waitFor();
            synchronized (this) {
                if (process == watched) { // it died without being killed by the run: start it, as an orchestrator would
                    if (wasReady) {
                        unexpectedExits++;
                    } else {
                        startupFailures++;
                    }
                    state = State.DOWN;
                    process = null;
                    start();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            System.out.println("chaos: " + name() + " cannot be started again: " + e);
        }
    }

    private boolean ready() throws InterruptedException {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(baseUrl()
                    + "/actuator/health/readiness")).timeout(Duration.ofSeconds(3)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 && answer.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        }
    }
}
