package bank.ledger.app.bench.http;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One ledger process of the packaged jar on a free port, its output in a log file; ready when readiness is UP. */
final class LedgerProcess implements AutoCloseable {
    private static final Pattern EMBEDDED_POSTGRES = Pattern.compile("embedded services up .*postgres (jdbc:\\S+)");
    private final String name;
    private final int port;
    private final Path log;
    private final Process process;

    private LedgerProcess(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    static LedgerProcess start(String name, List<String> javaAndOptions, Path jar, List<String> appArgs,
                               Map<String, String> env, Path workDir) throws IOException {
        int port = freePort();
        List<String> command = new java.util.ArrayList<>(javaAndOptions);
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
        command.addAll(appArgs);
        Path log = workDir.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().putAll(env);
        return new LedgerProcess(name, port, log, builder.start());
    }

    long pid() {
        return process.pid();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Polls readiness until UP; fails when the process ends or the time-out passes. */
    void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ": see " + log);
            }
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(baseUrl()
                        + "/actuator/health/readiness")).timeout(Duration.ofSeconds(3)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " not ready within " + timeout.toSeconds() + " s: see " + log);
    }

    /** The embedded PostgreSQL's JDBC URL, as the dev profile logs it (the naive baseline runs there too). */
    String embeddedJdbcUrl() throws IOException {
        Matcher found = EMBEDDED_POSTGRES.matcher(Files.readString(log, StandardCharsets.UTF_8));
        if (!found.find()) {
            throw new IllegalStateException("no 'embedded services up' line in " + log);
        }
        return found.group(1);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM: a graceful stop, so that the embedded servers stop too
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
