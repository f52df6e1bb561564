package bank.ledger.app.chaos;

import bank.ledger.app.chaos.Invariants.Row;
import bank.ledger.app.chaos.TransferMix.Account;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The chaos suite (docs/reliability.md), started by bin/ledger-chaos: runs ledger instances of the
 * packaged jar against a fresh database, a Redis of its own and the broker through a proxy of its own,
 * posts transfers from N clients, injects seeded faults, then checks the invariants and prints a table.
 * Exit code 0 only with no violation. Not a test: surefire does not run it.
 */
public final class ChaosRun {
    private final ChaosOptions options;
    private final Outcomes outcomes = new Outcomes();
    private final Http api = new Http();
    private final List<AppInstance> instances = new ArrayList<>();
    private final String adminPassword = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
    private OwnRedis redis;
    private TcpProxy broker;

    private ChaosRun(ChaosOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        ChaosOptions options = ChaosOptions.parse(args);
        ChaosRun run = new ChaosRun(options);
        Runtime.getRuntime().addShutdownHook(new Thread(run::stopEverything));
        int violations;
        try {
            violations = run.execute();
        } finally {
            run.stopEverything();
        }
        System.exit(violations == 0 ? 0 : 1);
    }

    private int execute() throws Exception {
        long startNs = System.nanoTime();
        LoadSampler load = LoadSampler.start();
        List<FaultSchedule.Step> steps = FaultSchedule.of(options.seed(), options.kills(),
                options.connectionTerminations(), options.redisOutages(), options.brokerOutages(),
                options.faultGapMsMin(), options.faultGapMsMax());
        System.out.printf("chaos: seed %d, %d faults (%d kills, %d connection terminations, %d Redis outages, "
                        + "%d broker outages), %d clients, %d instances; logs in %s%n", options.seed(), steps.size(),
                options.kills(), options.connectionTerminations(), options.redisOutages(), options.brokerOutages(),
                options.clients(), options.instances(), options.workDir());
        TransferMix mix = new TransferMix(Long.toString(options.seed(), 36),
                LocalDate.now(ZoneOffset.UTC));
        Fleet fleet = startServicesAndFleet();
        setUp(fleet, mix);

        Delivery delivery = new Delivery(fleet::pickReady, api, outcomes);
        ReplayCheck replays = new ReplayCheck(api, outcomes, options.replaysPerRestart());
        FaultInjector faults = new FaultInjector(options, fleet, redis, broker, replays);
        TransferLoad clients = new TransferLoad(mix, delivery, options.clients(), options.seed());
        clients.start();
        Thread progress = new Thread(() -> progress(fleet), "chaos-progress");
        progress.setDaemon(true);
        progress.start();
        for (int i = 0; i < steps.size(); i++) {
            if (options.faultsMinutesMax() > 0
                    && System.nanoTime() - startNs > Duration.ofMinutes(options.faultsMinutesMax()).toNanos()) {
                System.out.printf("chaos: --faults-minutes-max %d reached after %d of %d faults; checking%n",
                        options.faultsMinutesMax(), i, steps.size());
                break;
            }
            try {
                faults.run(steps.get(i), i + 1);
            } catch (IllegalStateException notReady) { // still check what happened so far, and say why
                System.out.println("chaos: faults stopped at " + (i + 1) + ": " + notReady.getMessage());
                outcomes.answerViolations.add("run stopped early: " + notReady.getMessage());
                break;
            }
        }
        faults.awaitRestarts();
        clients.stop();
        System.out.printf("chaos: faults done; %d ids uncertain, re-sending them%n", outcomes.uncertain.size());
        if (!fleet.awaitAllReady(options.readyTimeout())) {
            System.out.println("chaos: not every instance is ready again; re-sending through the others");
        }
        resendUncertain(delivery);

        List<Row> rows = check(fleet, mix);
        List<Long> restartMs = new ArrayList<>(); // each instance's first start is not a restart
        fleet.all().forEach(i -> restartMs.addAll(i.readyMs().subList(Math.min(1, i.readyMs().size()),
                i.readyMs().size())));
        ChaosReport report = new ChaosReport(options, outcomes, faults, replays, restartMs, load.stop(),
                Duration.ofNanos(System.nanoTime() - startNs), fleet);
        return report.print(rows);
    }

    private Fleet startServicesAndFleet() throws Exception {
        Files.createDirectories(options.workDir());
        redis = new OwnRedis(freePort(), options.workDir().resolve("redis.log"));
        redis.start();
        URI amqp = URI.create(options.amqpUrl());
        broker = new TcpProxy(new InetSocketAddress(amqp.getHost(), amqp.getPort() < 0 ? 5672 : amqp.getPort()));
        String proxiedAmqp = amqp.getScheme() + "://" + amqp.getRawUserInfo() + "@127.0.0.1:" + broker.port();
        Map<String, String> env = environment(options, redis.port(), proxiedAmqp, adminPassword);
        AppCommand command = new AppCommand(options);
        command.trainClassDataSharing(env);
        for (int i = 0; i < options.instances(); i++) { // fixed ports: a restarted instance keeps its address
            int port = freePort();
            instances.add(new AppInstance(i, port, command.forPort(port), env,
                    options.workDir().resolve("app" + i + ".log")));
        }
        Fleet fleet = new Fleet(instances);
        instances.get(0).start(); // the first one alone: it migrates the fresh database and creates the admin
        if (!instances.get(0).awaitReady(options.readyTimeout())) {
            throw new IllegalStateException("app0 did not become ready: see " + options.workDir().resolve("app0.log"));
        }
        for (AppInstance other : instances.subList(1, instances.size())) {
            other.start();
        }
        return fleet;
    }

    /** The environment of every instance: the run's database, Redis, broker, first administrator and sealing key. */
    static Map<String, String> environment(ChaosOptions options, int redisPort, String amqpUrl, String adminPassword) {
        return Map.of("LEDGER_DB_URL", options.dbUrl(),
                "LEDGER_DB_USER", "postgres", "LEDGER_DB_PASSWORD", "", // the local server's superuser, trust auth
                "LEDGER_REDIS_URL", "redis://127.0.0.1:" + redisPort,
                "LEDGER_AMQP_URL", amqpUrl,
                "LEDGER_BOOTSTRAP_ADMIN", "chaos-admin",
                "LEDGER_BOOTSTRAP_ADMIN_PASSWORD", adminPassword,
                // outside dev the app seals webhook signing secrets with a configured key (docs/event-stream.md)
                "LEDGER_WEBHOOK_SECRET_KEYS", "chaos:" + Base64.getEncoder().encodeToString(
                        new SecureRandom().generateSeed(32)));
    }

    /** A service account (accountant) with an API key does the load: keys live in PostgreSQL, not Redis. */
    private void setUp(Fleet fleet, TransferMix mix) throws Exception {
        String base = instances.get(0).baseUrl();
        openLoadAccounts(api, adminHttp(base, adminPassword), base, mix);
        if (!fleet.awaitAllReady(options.readyTimeout())) {
            throw new IllegalStateException("not every instance became ready: see the logs in " + options.workDir());
        }
    }

    /** Creates the load's service account, gives {@code api} its API key and opens the mix's accounts. */
    static void openLoadAccounts(Http api, Http admin, String base, TransferMix mix) throws InterruptedException {
        expect(() -> admin.post(base, "/api/v1/users", "{\"username\":\"chaos-loader\",\"role\":\"accountant\","
                + "\"serviceAccount\":true}"), "create the load's service account");
        Http.Answer key = expect(() -> admin.post(base, "/api/v1/users/chaos-loader/api-keys", "{}"),
                "issue its API key");
        api.withApiKey(key.json().path("apiKey").asString());
        for (Account account : mix.accounts()) {
            expect(() -> api.post(base, "/api/v1/accounts", mix.openBody(account)), "open " + account.id());
        }
    }

    static Http adminHttp(String base, String adminPassword) throws InterruptedException {
        Http.Answer token = expect(() -> new Http().post(base, "/api/v1/auth/token",
                "{\"username\":\"chaos-admin\",\"password\":\"" + adminPassword + "\"}"), "administrator login");
        return new Http().withBearer(token.json().path("accessToken").asString());
    }

    interface Call {
        Http.Answer send() throws IOException, InterruptedException;
    }

    /** Set-up calls are retried on faults (a slow Redis at start-up answers 500 today, issue 10 item 8). */
    static Http.Answer expect(Call call, String what) throws InterruptedException {
        String last = "";
        for (int attempt = 0; attempt < 30; attempt++) {
            try {
                Http.Answer answer = call.send();
                if (answer.ok() || (attempt > 0 && answer.code().equals("usernameTaken"))) {
                    return answer; // a retried creation whose first attempt went through
                }
                last = answer.status() + " " + answer.body();
                if (answer.status() < 500 && answer.status() != 429) {
                    break;
                }
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(2_000);
        }
        throw new IllegalStateException(what + ": " + last);
    }

    private void progress(Fleet fleet) {
        try {
            while (true) {
                Thread.sleep(30_000);
                System.out.printf("chaos: %s sent %d, acknowledged %d, refused %d, uncertain %d; ready %s%n",
                        java.time.Instant.now(), outcomes.sent.size(), outcomes.acknowledged.size(),
                        outcomes.refused.size(), outcomes.uncertain.size(),
                        fleet.ready().stream().map(AppInstance::name).toList());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void resendUncertain(Delivery delivery) throws InterruptedException {
        Random random = new Random(options.seed());
        for (String id : List.copyOf(outcomes.uncertain)) {
            delivery.deliver(outcomes.sent.get(id), Duration.ofSeconds(120), random);
        }
    }

    private List<Row> check(Fleet fleet, TransferMix mix) throws Exception {
        String base = fleet.ready().isEmpty() ? instances.get(0).baseUrl() : fleet.ready().get(0).baseUrl();
        return ledgerChecks(options, outcomes, api, adminHttp(base, adminPassword), base, mix);
    }

    /** The ledger's invariants once the read models caught up: the database's rows, the app's replay, the chain. */
    static List<Row> ledgerChecks(ChaosOptions options, Outcomes outcomes, Http api, Http admin, String base,
                                  TransferMix mix) throws Exception {
        StoredLedger stored = Settle.awaitReadModels(options.dbUrl(), mix.prefix(), options.settleTimeout());
        List<Row> rows = new ArrayList<>(new Invariants(outcomes, stored, mix.accounts(), mix.guardedId()).check());
        rows.add(LiveChecks.readModelEqualsReplay(api, base, mix.accounts(), options.settleTimeout()));
        rows.add(LiveChecks.chainVerified(admin, base));
        return rows;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private synchronized void stopEverything() {
        for (AppInstance instance : instances) {
            try {
                instance.kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            if (broker != null) {
                broker.close();
            }
            if (redis != null) {
                redis.close();
            }
        } catch (IOException | InterruptedException e) {
            System.err.println("chaos: cleanup: " + e);
        }
    }
}
