package bank.ledger.app.bench.http;

import java.nio.file.Path;
import java.time.Duration;

/**
 * bin/ledger-bench's options (the wrapper adds the paths and server addresses). Every phase is bounded: by
 * {@code durationS} after {@code warmupS}, by {@code opsMaxPerClient} operations per client, by the ready,
 * lag and rebuild time-outs.
 */
record BenchOptions(int clients, int accounts, int durationS, int warmupS, int batchSize, boolean json,
                    boolean smoke, boolean embedded, boolean roles, Path jar, Path workDir, Path keyFile,
                    String dbUrl, String redisUrl, String amqpUrl, String jvmOptions, Duration readyTimeout,
                    Duration rebuildTimeout, long opsMaxPerClient, RebuildOnly rebuildOnly) {

    /**
     * {@code --rebuild-only}: load about {@code events} events once (batch posts), then time the rebuild of every
     * projection, {@code rounds} times; with {@code compareJar}, each round runs that jar too, on the same data,
     * each jar in its own process in turn (this jar first), so that both see the same machine;
     * {@code compareJvmOptions} replace {@code jvmOptions} for that jar's processes (another setting, same jar).
     */
    record RebuildOnly(int events, Path compareJar, String compareJvmOptions, int rounds) {
        static final int EVENTS_MAX = 2_000_000;
        static final int ROUNDS_MAX = 10;
    }

    static BenchOptions parse(String[] args) {
        int clients = 16;
        int accounts = 2000;
        int durationS = 30;
        int warmupS = 10;
        int batchSize = 100;
        boolean json = false;
        boolean smoke = false;
        boolean embedded = false;
        boolean roles = false;
        Path jar = null;
        Path workDir = null;
        Path keyFile = null;
        String dbUrl = null;
        String redisUrl = null;
        String amqpUrl = null;
        String jvmOptions = "";
        boolean explicitSize = false;
        boolean rebuildOnly = false;
        int events = 60_000;
        Path compareJar = null;
        String compareJvmOptions = null;
        int rounds = 1;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--json" -> json = true;
                case "--smoke" -> smoke = true;
                case "--embedded" -> embedded = true;
                case "--roles" -> roles = true;
                case "--clients" -> { clients = positive(arg, args, ++i); explicitSize = true; }
                case "--accounts" -> { accounts = positive(arg, args, ++i); explicitSize = true; }
                case "--duration-s" -> { durationS = positive(arg, args, ++i); explicitSize = true; }
                case "--warmup-s" -> { warmupS = nonNegative(arg, args, ++i); explicitSize = true; }
                case "--batch-size" -> { batchSize = positive(arg, args, ++i); explicitSize = true; }
                case "--rebuild-only" -> rebuildOnly = true;
                case "--events" -> events = positive(arg, args, ++i);
                case "--compare-jar" -> compareJar = Path.of(value(arg, args, ++i));
                case "--compare-jvm-options" -> compareJvmOptions = value(arg, args, ++i);
                case "--rounds" -> rounds = positive(arg, args, ++i);
                case "--jar" -> jar = Path.of(value(arg, args, ++i));
                case "--work-dir" -> workDir = Path.of(value(arg, args, ++i));
                case "--key-file" -> keyFile = Path.of(value(arg, args, ++i));
                case "--db-url" -> dbUrl = value(arg, args, ++i);
                case "--redis-url" -> redisUrl = value(arg, args, ++i);
                case "--amqp-url" -> amqpUrl = value(arg, args, ++i);
                case "--jvm-options" -> jvmOptions = value(arg, args, ++i);
                default -> throw new IllegalArgumentException("unknown option " + arg + " (see bin/ledger-bench --help)");
            }
        }
        if (smoke && !explicitSize) { // about a minute of load: proves the harness, measures nothing
            clients = 4;
            accounts = 40;
            durationS = 5;
            warmupS = 2;
            batchSize = 20;
        }
        if (accounts < 2 || batchSize > 500 || clients > 256) {
            throw new IllegalArgumentException("--accounts >= 2, --batch-size <= 500, --clients <= 256");
        }
        if (jar == null || workDir == null || (!embedded && (dbUrl == null || keyFile == null))) {
            throw new IllegalArgumentException("--jar and --work-dir (and outside --embedded --db-url and --key-file)"
                    + " are set by bin/ledger-bench");
        }
        if (events > RebuildOnly.EVENTS_MAX || rounds > RebuildOnly.ROUNDS_MAX) {
            throw new IllegalArgumentException("--events <= " + RebuildOnly.EVENTS_MAX + ", --rounds <= "
                    + RebuildOnly.ROUNDS_MAX);
        }
        if (!rebuildOnly && (compareJar != null || compareJvmOptions != null || rounds != 1)) {
            throw new IllegalArgumentException("--compare-jar, --compare-jvm-options and --rounds go with --rebuild-only");
        }
        if (embedded && roles) {
            throw new IllegalArgumentException("--roles needs shared servers: not with --embedded");
        }
        return new BenchOptions(clients, accounts, durationS, warmupS, batchSize, json, smoke, embedded, roles, jar,
                workDir, keyFile, dbUrl, redisUrl, amqpUrl, jvmOptions, Duration.ofMinutes(smoke ? 10 : 15),
                Duration.ofMinutes(smoke ? 3 : 15), 2_000_000,
                rebuildOnly ? new RebuildOnly(smoke && events == 60_000 ? 600 : events,
                        compareJar == null && compareJvmOptions != null ? jar : compareJar, compareJvmOptions, rounds) : null);
    }

    long durationMs() {
        return durationS * 1000L;
    }

    long warmupMs() {
        return warmupS * 1000L;
    }

    private static String value(String option, String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int positive(String option, String[] args, int i) {
        int n = nonNegative(option, args, i);
        if (n < 1) {
            throw new IllegalArgumentException(option + " must be at least 1");
        }
        return n;
    }

    private static int nonNegative(String option, String[] args, int i) {
        try {
            int n = Integer.parseInt(value(option, args, i));
            if (n < 0) {
                throw new IllegalArgumentException(option + " may not be negative");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a whole number");
        }
    }
}
