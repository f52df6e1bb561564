package bank.ledger.app.bench.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ledger processes of a run: one with every role, or with {@code --roles} a command-role process (the
 * writes) and a query/projections/connectors process (reads, lag, rebuild) on the same servers. The writer
 * starts alone first: it migrates the fresh database and creates the administrator.
 */
final class Fleet implements AutoCloseable {
    private final BenchOptions options;
    private final Map<String, String> env;
    private final List<String> appArgs;
    private final List<LedgerProcess> processes = new ArrayList<>();
    private LedgerProcess writer;
    private LedgerProcess reader;
    private java.nio.file.Path jar;
    private int restarts;
    private String jvmOptions;

    private Fleet(BenchOptions options, Map<String, String> env, List<String> appArgs) {
        this.options = options;
        this.env = env;
        this.appArgs = appArgs;
    }

    static Fleet start(BenchOptions options, Map<String, String> env, List<String> appArgs) throws Exception {
        Fleet fleet = new Fleet(options, env, appArgs);
        fleet.jar = options.jar();
        fleet.jvmOptions = options.jvmOptions();
        fleet.writer = fleet.launch(options.roles() ? "ledger-command" : "ledger", options.roles() ? "command" : null);
        fleet.reader = fleet.writer;
        return fleet;
    }

    void awaitReady(Duration timeout) throws Exception {
        HttpBenchmark.progress("starting " + mode() + "; logs in " + options.workDir());
        writer.awaitReady(timeout);
        if (options.roles()) {
            reader = launch("ledger-query", "query,projections,connectors");
            reader.awaitReady(timeout);
        }
        HttpBenchmark.progress("ready");
    }

    /**
     * Stops every process and starts them again from {@code jar} on the same servers and database (the rebuild
     * comparison: another build on the same events), then waits until ready.
     */
    void restartWith(java.nio.file.Path jar, String jvmOptions, Duration timeout) throws Exception {
        close();
        processes.clear();
        restarts++;
        this.jar = jar;
        this.jvmOptions = jvmOptions;
        HttpBenchmark.progress("restarting with " + jar);
        writer = launch(options.roles() ? "ledger-command" : "ledger", options.roles() ? "command" : null);
        reader = writer;
        awaitReady(timeout);
    }

    LedgerProcess writer() {
        return writer;
    }

    LedgerProcess reader() {
        return reader;
    }

    String mode() {
        String servers = options.embedded() ? "dev profile, embedded servers" : "external profile, local servers";
        return options.roles() ? servers + ", roles split: command | query,projections,connectors"
                : servers + ", all roles in one process";
    }

    private LedgerProcess launch(String name, String roles) throws Exception {
        List<String> java = new ArrayList<>(List.of("java"));
        if (!jvmOptions.isBlank()) {
            java.addAll(Arrays.asList(jvmOptions.trim().split("\\s+")));
        }
        Map<String, String> processEnv = new HashMap<>(env);
        if (roles != null) {
            processEnv.put("LEDGER_ROLES", roles);
        }
        String logName = restarts == 0 ? name : name + "-" + restarts; // one log per process started
        LedgerProcess process = LedgerProcess.start(logName, java, jar, appArgs, processEnv, options.workDir());
        processes.add(process);
        return process;
    }

    @Override
    public void close() throws InterruptedException {
        for (int i = processes.size() - 1; i >= 0; i--) { // the reader first, the writer (and its servers) last
            processes.get(i).close();
        }
    }
}
