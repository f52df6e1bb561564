package bank.ledger.app.bench.http;

import bank.ledger.app.bench.NaiveSqlLedger;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The write-path benchmark over HTTP (docs/benchmarks.md), started by bin/ledger-bench: starts the ledger jar
 * ({@link Fleet}), opens the accounts over HTTP, then runs in turn, each with the same clients, warm-up and
 * duration: the naive SQL ledger through JDBC on the ledger's own database (tables of its own), single-entry
 * posts, batch posts, account reads, and the floor (the lightest request the ledger answers); then samples projection lag at half the single-entry rate and times a
 * rebuild. Prints a markdown table, or with --json one JSON object. Exit 0 when every phase ran (whatever the
 * figures), 1 when the harness failed, 3 when a workload did nothing at all. Not a test: surefire does not run it.
 */
public final class HttpBenchmark {
    private static final String REBUILT_PROJECTION = "journal-entries";

    private final BenchOptions options;
    private final String runId = "bench" + HexFormat.of().formatHex(new SecureRandom().generateSeed(3));
    private final String adminPassword = "Bench-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(16));

    private HttpBenchmark(BenchOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException wrong) {
            System.err.println("ledger-bench: " + wrong.getMessage());
            System.exit(2);
            return;
        }
        int status;
        try {
            status = new HttpBenchmark(options).execute();
        } catch (Exception failed) {
            System.err.println("ledger-bench: FAILED: " + failed);
            failed.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    private int execute() throws Exception {
        Files.createDirectories(options.workDir());
        Files.writeString(options.workDir().resolve("redis-prefix"), "ledger-" + runId + ":"); // the wrapper deletes them
        try (LoadAverage load = new LoadAverage(); Fleet fleet = Fleet.start(options, env(), appArgs())) {
            load.phase("start");
            fleet.awaitReady(options.readyTimeout());
            load.phase("setup");
            BenchHttp admin = adminLogin(fleet.writer().baseUrl());
            BenchHttp loader = serviceAccount(admin);
            List<String> accounts = AccountSetup.open(loader, runId, options.accounts(), options.clients());
            Workloads work = new Workloads(loader, loader.at(fleet.reader().baseUrl()), accounts, runId);
            AccountSetup.awaitReadable(loader.at(fleet.reader().baseUrl()), accounts);
            if (options.rebuildOnly() != null) {
                return rebuildOnly(fleet, load, work);
            }

            load.phase("naive SQL");
            ClosedLoop.Result naive = naive(fleet);
            load.phase("HTTP single");
            ClosedLoop.Result single = loop("HTTP single entries", work::postEntry);
            load.phase("HTTP batch");
            ClosedLoop.Result batch = loop("HTTP batch entries (" + options.batchSize() + " a request)",
                    () -> work.postBatch(options.batchSize()));
            load.phase("catch-up");
            long catchUpMs = catchUp(admin.at(fleet.reader().baseUrl()));
            load.phase("HTTP reads");
            ClosedLoop.Result reads = loop("HTTP account reads", work::readAccount);
            load.phase("HTTP floor");
            ClosedLoop.Result floor = loop("HTTP floor (" + Workloads.FLOOR_PATH + ")", work::readFloor);
            List<ClosedLoop.Result> wrk = wrk(fleet, loader, accounts.get(0), load);
            load.phase("lag");
            progress("projection lag at half the single-entry rate");
            LagProbe.Result lag = LagProbe.run(work, loader.at(fleet.reader().baseUrl()), options.clients(),
                    Math.max(1, single.unitsPerSecond() / 2), options.durationMs());
            load.phase("rebuild");
            progress("rebuild of " + REBUILT_PROJECTION);
            RebuildTimer.Result rebuild = RebuildTimer.run(admin.at(fleet.reader().baseUrl()), REBUILT_PROJECTION,
                    options.rebuildTimeout());
            load.phase("end");
            BenchReport report = new BenchReport(options, fleet.mode(), naive, single, batch, catchUpMs, reads, floor,
                    wrk, lag, rebuild, load.byPhase());
            return print(report, List.of(naive, single, batch, reads, floor));
        }
    }

    /** {@code --rebuild-only} (see {@link RebuildBench}): load once, then rebuild every projection per round and jar. */
    private int rebuildOnly(Fleet fleet, LoadAverage load, Workloads work) throws Exception {
        BenchOptions.RebuildOnly rebuild = options.rebuildOnly();
        load.phase("load");
        long stored = RebuildBench.storedEvents(adminLogin(fleet.writer().baseUrl()).at(fleet.reader().baseUrl()));
        long entries = stored >= rebuild.events() ? 0 // a kept database (LEDGER_BENCH_DB) loaded by an earlier run
                : RebuildBench.load(work, (int) (rebuild.events() - stored), options.clients(), options.batchSize());
        List<RebuildBench.Timed> runs = new ArrayList<>();
        for (int round = 1; round <= rebuild.rounds(); round++) {
            List<java.nio.file.Path> jars = rebuild.compareJar() == null ? List.of(options.jar())
                    : List.of(options.jar(), rebuild.compareJar());
            for (int j = 0; j < jars.size(); j++) {
                java.nio.file.Path jar = jars.get(j);
                String jvmOptions = j == 1 && rebuild.compareJvmOptions() != null ? rebuild.compareJvmOptions()
                        : options.jvmOptions();
                if (round > 1 || j > 0) { // the fleet started on this jar for the first round
                    fleet.restartWith(jar, jvmOptions, options.readyTimeout());
                }
                // a fresh login per process: a token may outlive its process but not a long run
                BenchHttp reader = adminLogin(fleet.writer().baseUrl()).at(fleet.reader().baseUrl());
                load.phase("caught up");
                RebuildBench.awaitCaughtUp(reader);
                String label = RebuildBench.label(jar) + (j == 1 && rebuild.compareJvmOptions() != null
                        ? " " + rebuild.compareJvmOptions() : "");
                CpuMeter cpu = new CpuMeter(fleet.reader().pid(), options.embedded() ? null : options.dbUrl(),
                        System.getenv().getOrDefault("LEDGER_BENCH_PG_USER", "postgres"),
                        System.getenv().getOrDefault("LEDGER_BENCH_PG_PASSWORD", ""));
                runs.addAll(RebuildBench.rebuildAll(reader, load, cpu, label, round,
                        options.rebuildTimeout()));
            }
        }
        load.phase("end");
        String table = RebuildBench.markdown(fleet.mode(), stored, entries, runs);
        String json = BenchHttp.JSON.writeValueAsString(RebuildBench.json(fleet.mode(), stored, entries, runs));
        Files.writeString(options.workDir().resolve("report.md"), table, StandardCharsets.UTF_8);
        Files.writeString(options.workDir().resolve("report.json"), json + "\n", StandardCharsets.UTF_8);
        System.err.println(table);
        if (options.json()) {
            System.out.println(json);
        }
        return runs.isEmpty() ? 3 : 0;
    }

    /**
     * Reads are measured on their own: the projections first work off what the writes left them (bounded wait).
     * How long that took is a figure of its own: the backlog the batch load leaves behind.
     */
    private long catchUp(BenchHttp admin) throws Exception {
        progress("projections catching up with the writes");
        long startNs = System.nanoTime();
        RebuildBench.awaitCaughtUp(admin);
        long ms = (System.nanoTime() - startNs) / 1_000_000;
        progress(String.format("  caught up after %.1f s", ms / 1000.0));
        return ms;
    }

    /** The floor and a read again, driven by wrk when it is installed ({@link WrkLoad}); none without it. */
    private List<ClosedLoop.Result> wrk(Fleet fleet, BenchHttp loader, String account, LoadAverage load)
            throws Exception {
        if (!WrkLoad.installed()) {
            progress("wrk is not installed: no figures from a lean client");
            return List.of();
        }
        List<ClosedLoop.Result> results = new ArrayList<>();
        String base = fleet.reader().baseUrl();
        load.phase("wrk floor");
        results.add(wrkLoop("wrk floor (" + Workloads.FLOOR_PATH + ")", base + Workloads.FLOOR_PATH, null));
        load.phase("wrk reads");
        results.add(wrkLoop("wrk account reads (one account)", base + "/api/v1/accounts/" + account,
                loader.credentialHeader()));
        return results;
    }

    private ClosedLoop.Result wrkLoop(String name, String url, String header) throws Exception {
        progress(name);
        ClosedLoop.Result result = WrkLoad.run(name, url, header, options.clients(), (int) options.durationS())
                .orElseThrow();
        progress(String.format("  %.0f/s, p99 %.1f ms, %d errors", result.unitsPerSecond(), result.p99Ms(),
                result.errors()));
        return result;
    }

    private int print(BenchReport report, List<ClosedLoop.Result> loops) throws Exception {
        String table = report.markdown();
        String json = BenchHttp.JSON.writeValueAsString(report.json());
        Files.writeString(options.workDir().resolve("report.md"), table, StandardCharsets.UTF_8);
        Files.writeString(options.workDir().resolve("report.json"), json + "\n", StandardCharsets.UTF_8);
        if (options.json()) {
            System.err.println(table);
            System.out.println(json);
        } else {
            System.out.println(table);
        }
        boolean idle = loops.stream().anyMatch(r -> r.units() == 0);
        if (idle) {
            System.err.println("ledger-bench: a workload did nothing at all (see errors and the logs in "
                    + options.workDir() + ")");
        }
        return idle ? 3 : 0;
    }

    private ClosedLoop.Result loop(String name, ClosedLoop.Operation operation) throws Exception {
        progress(name);
        ClosedLoop.Result result = ClosedLoop.run(name, options.clients(), options.warmupMs(), options.durationMs(),
                options.opsMaxPerClient(), operation);
        progress(String.format("  %.0f/s, p99 %.1f ms, %d refused, %d errors", result.unitsPerSecond(),
                result.p99Ms(), result.refused(), result.errors()));
        return result;
    }

    /** The baseline on the ledger's database, through a pool of one connection per client. */
    private ClosedLoop.Result naive(Fleet fleet) throws Exception {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(options.embedded() ? fleet.writer().embeddedJdbcUrl() : options.dbUrl());
        if (!options.embedded()) {
            pool.setUsername(System.getenv().getOrDefault("LEDGER_BENCH_PG_USER", "postgres"));
            pool.setPassword(System.getenv().getOrDefault("LEDGER_BENCH_PG_PASSWORD", ""));
        }
        pool.setMaximumPoolSize(options.clients());
        pool.setPoolName("bench-naive");
        try (HikariDataSource data = new HikariDataSource(pool)) {
            JdbcTemplate jdbc = new JdbcTemplate(data);
            NaiveSqlLedger naive = new NaiveSqlLedger(jdbc,
                    new TransactionTemplate(new DataSourceTransactionManager(data)), options.accounts());
            naive.setUp();
            try {
                return loop("naive SQL transfers (JDBC)", () -> naive.transfer() ? ClosedLoop.Outcome.ONE
                        : ClosedLoop.Outcome.REFUSED);
            } finally {
                jdbc.execute("drop schema if exists bench_naive cascade");
            }
        }
    }

    private BenchHttp adminLogin(String baseUrl) throws Exception {
        String token = BenchHttp.anonymous(baseUrl).expect("/api/v1/auth/token", "{\"username\":\"" + runId
                + "-admin\",\"password\":\"" + adminPassword + "\"}").path("accessToken").asString();
        return BenchHttp.anonymous(baseUrl).withBearer(token);
    }

    /** The load runs as a service account (accountant) with an API key, as a machine client would. */
    private BenchHttp serviceAccount(BenchHttp admin) throws Exception {
        String user = runId + "-loader";
        admin.expect("/api/v1/users", "{\"username\":\"" + user + "\",\"role\":\"accountant\",\"serviceAccount\":true}");
        String key = admin.expect("/api/v1/users/" + user + "/api-keys", "{}").path("apiKey").asString();
        return BenchHttp.anonymous(admin.baseUrl()).withApiKey(key);
    }

    private Map<String, String> env() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("LEDGER_BOOTSTRAP_ADMIN", runId + "-admin");
        env.put("LEDGER_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        if (!options.embedded()) {
            env.put("LEDGER_DB_URL", options.dbUrl());
            env.put("LEDGER_DB_USER", System.getenv().getOrDefault("LEDGER_BENCH_PG_USER", "postgres"));
            env.put("LEDGER_DB_PASSWORD", System.getenv().getOrDefault("LEDGER_BENCH_PG_PASSWORD", ""));
            env.put("LEDGER_REDIS_URL", options.redisUrl());
            env.put("LEDGER_AMQP_URL", options.amqpUrl());
            env.put("LEDGER_WEBHOOK_SECRET_KEYS", "bench:" + Base64.getEncoder().encodeToString(
                    new SecureRandom().generateSeed(32)));
        }
        return env;
    }

    /** Rate limits out of the way (the limiter still runs: its cost is measured); Redis keys of this run only. */
    private List<String> appArgs() throws Exception {
        List<String> args = new ArrayList<>(List.of(
                "--spring.profiles.active=" + (options.embedded() ? "dev" : "external"),
                "--ledger.rate-limit.read.capacity=100000000", "--ledger.rate-limit.write.capacity=100000000",
                "--ledger.redis.key-prefix=ledger-" + runId + ":",
                "--ledger.security.session.redis-prefix=ledger-" + runId + ":auth:",
                "--ledger.rate-limit.redis-prefix=ledger-" + runId + ":rate:"));
        if (!options.embedded()) {
            args.add("--ledger.security.jwt.keys[0].id=bench");
            args.add("--ledger.security.jwt.keys[0].private-key="
                    + Files.readString(options.keyFile(), StandardCharsets.US_ASCII));
        }
        return args;
    }

    static void progress(String message) {
        System.err.println("ledger-bench: " + java.time.LocalTime.now().withNano(0) + " " + message);
    }
}
