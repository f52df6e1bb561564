package bank.ledger.app.bench.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The same GET requests driven by {@code wrk} (a lean C load generator on two threads) instead of the harness's
 * JDK client, when wrk is installed: how much of a request's cost on this machine is the client's. The ledger
 * answers both clients alike; the difference is CPU the JDK client takes from the shared cores. Non-2xx answers
 * count as errors. Absent wrk, no figures (the table says so); a wrk that fails or hangs is an error, bounded by
 * the duration and a margin.
 */
final class WrkLoad {
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
    private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|99)%\\s+([0-9.]+)(us|ms|s)\\s*$", Pattern.MULTILINE);

    private WrkLoad() {
    }

    static boolean installed() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "wrk"))) {
                return true;
            }
        }
        return false;
    }

    /** {@code header}: one "Name: value" line, or null. Empty when wrk is not installed. */
    static Optional<ClosedLoop.Result> run(String name, String url, String header, int clients, int durationS)
            throws IOException, InterruptedException {
        if (!installed()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>(List.of("wrk", "--latency", "-t", "2", "-c",
                Integer.toString(Math.max(2, clients)), "-d", durationS + "s"));
        if (header != null) {
            command.addAll(List.of("-H", header));
        }
        command.add(url);
        // output to a file, not a pipe: reading a pipe to its end would wait on a hung wrk past any time-out
        Path output = Files.createTempFile("ledger-bench-wrk", ".txt");
        try {
            Process wrk = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!wrk.waitFor(durationS + 30L, TimeUnit.SECONDS)) {
                wrk.destroyForcibly();
                return Optional.of(failed(name));
            }
            return Optional.of(parse(name, Files.readString(output, StandardCharsets.UTF_8)));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    static ClosedLoop.Result parse(String name, String text) {
        Matcher rate = RATE.matcher(text);
        Matcher requests = REQUESTS.matcher(text);
        if (!rate.find() || !requests.find()) {
            return failed(name);
        }
        long calls = Long.parseLong(requests.group(1));
        long errors = first(NON_2XX, text, 1);
        Matcher socket = SOCKET_ERRORS.matcher(text);
        if (socket.find()) {
            for (int group = 1; group <= 4; group++) {
                errors += Long.parseLong(socket.group(group));
            }
        }
        double p50 = Double.NaN;
        double p99 = Double.NaN;
        Matcher percentile = PERCENTILE.matcher(text);
        while (percentile.find()) {
            double ms = Double.parseDouble(percentile.group(2)) * switch (percentile.group(3)) {
                case "us" -> 0.001;
                case "s" -> 1000.0;
                default -> 1.0;
            };
            if (percentile.group(1).equals("50")) {
                p50 = ms;
            } else {
                p99 = ms;
            }
        }
        double perSecond = Double.parseDouble(rate.group(1)) * (calls == 0 ? 0 : (double) (calls - errors) / calls);
        return new ClosedLoop.Result(name, calls, calls - errors, 0, errors, perSecond, p50, p99);
    }

    private static long first(Pattern pattern, String text, int group) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Long.parseLong(matcher.group(group)) : 0;
    }

    private static ClosedLoop.Result failed(String name) {
        return new ClosedLoop.Result(name, 0, 0, 0, 1, 0, Double.NaN, Double.NaN);
    }
}
