package bank.ledger.app.chaos;

import bank.ledger.app.chaos.Invariants.Row;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * The cluster run (docs/operations.md "Scaling"), started by bin/ledger-cluster: one projector (every role),
 * writers ({@code command}) and readers ({@code query,projections}) on one fresh database, HAProxy with
 * deploy/gateway/haproxy.cfg in front. README's walkthrough through the gateway, then clients posting
 * transfers through it while one writer and the node owning most processor segments are killed with
 * {@code kill -9}, and a projection rebuilt; then the chaos suite's invariants, the segments' takeover and
 * the jobs' periods. Exit code 0 only with no violation. Not a test: surefire does not run it.
 */
public final class ClusterRun {
    private static final String ALL_ROLES = "command,query,projections,connectors";
    private static final String REBUILT = "account-balances";
    private static final Duration TAKEOVER_MAX = Duration.ofSeconds(120);
    private static final int RATE_LIMIT_TESTED = 20;

    private final ClusterOptions options;
    private final ChaosOptions common;
    private final Outcomes outcomes = new Outcomes();
    private final Http api = new Http();
    private final List<AppInstance> nodes = new ArrayList<>();
    private final String adminPassword = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
    private final List<Row> rows = new ArrayList<>();
    private final List<String> timeline = new ArrayList<>();
    private OwnRedis redis;
    private Gateway gateway;
    private long startNs;

    private ClusterRun(ClusterOptions options) {
        this.options = options;
        this.common = options.common();
    }

    public static void main(String[] args) throws Exception {
        ClusterRun run = new ClusterRun(ClusterOptions.parse(args));
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
        startNs = System.nanoTime();
        LoadSampler load = LoadSampler.start();
        say("%d writers, %d readers, 1 projector behind HAProxy; %d clients for %d s%s; logs in %s", options.writers(),
                options.readers(), common.clients(), options.load().toSeconds(), options.faults() ? ", with faults"
                        : ", no faults (measuring)", common.workDir());
        Fleet fleet = startNodes();
        String gw = startGateway();
        TransferMix mix = new TransferMix(Long.toString(common.seed(), 36), LocalDate.now(ZoneOffset.UTC));
        Http admin = ChaosRun.adminHttp(gw, adminPassword);
        ChaosRun.openLoadAccounts(api, admin, gw, mix);
        List<Row> walk = new Walkthrough(api, admin, gw, Long.toString(common.seed(), 36)).run();
        rows.addAll(walk);
        walk.stream().filter(r -> !r.violations().isEmpty()).forEach(r -> say("%s: %s", r.invariant(), r.violations()));
        rows.add(Gateway.rateLimited(options.gatewayConfig(), common.workDir().resolve("gateway-limited.log"), nodes,
                RATE_LIMIT_TESTED));
        say("walkthrough done: %d of %d steps as README says; load starts",
                walk.stream().filter(r -> r.violations().isEmpty()).count(), walk.size());

        JobHistory jobs = new JobHistory(common.dbUrl()).start();
        Delivery delivery = new Delivery(random -> gateway, api, outcomes);
        TransferLoad clients = new TransferLoad(mix, delivery, common.clients(), common.seed());
        long loadStartNs = System.nanoTime();
        clients.start();
        if (options.faults()) {
            faults(fleet, admin, gw, loadStartNs);
        }
        sleepUntil(loadStartNs, 1.0);
        long acknowledgedInLoad = outcomes.acknowledged.size();
        clients.stop();
        double loadSeconds = (System.nanoTime() - loadStartNs) / 1e9;
        say("load done: %d acknowledged in %.0f s; %d ids uncertain, re-sending them", acknowledgedInLoad,
                loadSeconds, outcomes.uncertain.size());
        if (!fleet.awaitAllReady(common.readyTimeout())) {
            say("not every node is ready again; checking through the others");
        }
        Random random = new Random(common.seed());
        for (String id : List.copyOf(outcomes.uncertain)) {
            delivery.deliver(outcomes.sent.get(id), Duration.ofSeconds(120), random);
        }
        if (options.faults()) {
            rows.add(Rebuilds.awaitCaughtUp(admin, gw, REBUILT, common.settleTimeout()));
        }
        rows.addAll(jobs.stop());
        rows.addAll(ChaosRun.ledgerChecks(common, outcomes, api, admin, gw, mix));
        rows.addAll(ChaosReport.answerRows(outcomes));
        rows.add(exits(fleet));
        return report(acknowledgedInLoad / loadSeconds, load.stop());
    }

    private Fleet startNodes() throws Exception {
        Files.createDirectories(common.workDir());
        redis = new OwnRedis(ChaosRun.freePort(), common.workDir().resolve("redis.log"));
        redis.start();
        Map<String, String> env = ChaosRun.environment(common, redis.port(), common.amqpUrl(), adminPassword);
        AppCommand command = new AppCommand(common);
        command.trainClassDataSharing(env);
        AppInstance projector = node("projector", ALL_ROLES, env, command);
        projector.start(); // alone first: it migrates the fresh database and creates the administrator
        if (!projector.awaitReady(common.readyTimeout())) {
            throw new IllegalStateException("the projector did not become ready: see its log in " + common.workDir());
        }
        for (int i = 1; i <= options.writers(); i++) {
            node("writer" + i, "command", env, command).start();
        }
        for (int i = 1; i <= options.readers(); i++) {
            node("reader" + i, "query,projections", env, command).start();
        }
        Fleet fleet = new Fleet(nodes);
        if (!fleet.awaitAllReady(common.readyTimeout())) {
            throw new IllegalStateException("not every node became ready: see the logs in " + common.workDir());
        }
        nodes.forEach(n -> say("%s ready in %d ms (pid %d)", n.name(), n.readyMs().get(0), n.pid()));
        return fleet;
    }

    private AppInstance node(String name, String roles, Map<String, String> base, AppCommand command) throws Exception {
        Map<String, String> env = new HashMap<>(base);
        env.put("LEDGER_ROLES", roles);
        // five pools of the default 20 would take PostgreSQL's 100 connections: size each node for its work
        env.put("SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE", Integer.toString(poolSize(roles)));
        String jobMs = Long.toString(options.jobInterval().toMillis());
        env.put("LEDGER_RETENTION_INTERVAL_MS", jobMs); // every node runs it: the one job all five compete for
        env.put("LEDGER_SCHEDULES_TICK_INTERVAL_MS", jobMs);
        env.put("LEDGER_JOBS_LEASE_MS", "60000"); // a node killed inside a run blocks the job 1 minute, not 10
        int port = ChaosRun.freePort();
        AppInstance node = new AppInstance(name, port, command.forPort(port), env, common.workDir().resolve(name + ".log"));
        nodes.add(node);
        return node;
    }

    /** Connections per node: processors' workers (16 with projections) plus requests; a writer only requests. */
    static int poolSize(String roles) {
        return roles.equals(ALL_ROLES) ? 16 : roles.contains("projections") ? 14 : 10;
    }

    private String startGateway() throws Exception {
        gateway = new Gateway(options.gatewayConfig(), ChaosRun.freePort(), common.workDir().resolve("gateway.log"));
        for (AppInstance node : nodes) {
            gateway.slot(node.name().toUpperCase().replace("PROJECTOR", "PROJECTOR1"), node);
        }
        gateway.start(Gateway.slots(ClusterOptions.WRITERS_MAX, ClusterOptions.READERS_MAX), ChaosRun.freePort());
        if (!gateway.awaitServing(Duration.ofSeconds(60))) {
            throw new IllegalStateException("the gateway does not serve: see " + common.workDir().resolve("gateway.log"));
        }
        say("gateway on %s", gateway.baseUrl());
        return gateway.baseUrl();
    }

    /** kill -9 a writer (started again at once), a rebuild, kill -9 the segments' owner (started after the takeover). */
    private void faults(Fleet fleet, Http admin, String gw, long loadStartNs) throws Exception {
        sleepUntil(loadStartNs, 0.2);
        AppInstance writer = nodes.stream().filter(n -> n.name().equals("writer1")).findFirst().orElseThrow();
        say("kill -9 %s (pid %d)", writer.name(), writer.pid());
        writer.kill();
        writer.start();
        sleepUntil(loadStartNs, 0.35);
        rows.add(Rebuilds.request(admin, gw, REBUILT));
        say("rebuild of %s requested through the gateway", REBUILT);
        sleepUntil(loadStartNs, 0.5);
        Map<String, String> owners = TokenOwners.read(common.dbUrl());
        AppInstance owner = nodes.stream().filter(n -> !n.name().startsWith("writer"))
                .max(Comparator.comparingLong(n -> TokenOwners.ownedBy(owners, n.pid()))).orElseThrow();
        long pid = owner.pid();
        say("kill -9 %s (pid %d, owner of %d of %d segments)", owner.name(), pid, TokenOwners.ownedBy(owners, pid),
                owners.size());
        Set<String> runElsewhere = processorsOf(admin, nodes.stream().filter(n -> n != owner
                && !n.name().startsWith("writer")).toList());
        owner.kill();
        Row takeover = TokenOwners.awaitTakeover(common.dbUrl(), owners, pid, runElsewhere, TAKEOVER_MAX);
        rows.add(takeover);
        say("takeover: %s; starting %s again", takeover.violations().isEmpty() ? takeover.note() : takeover.violations(),
                owner.name());
        owner.start();
    }

    /** The streaming processors these nodes run, as their own admin endpoint lists them. */
    private static Set<String> processorsOf(Http admin, List<AppInstance> projectionNodes) throws InterruptedException {
        Set<String> names = new TreeSet<>();
        for (AppInstance node : projectionNodes) {
            try {
                Http.Answer answer = admin.get(node.baseUrl(), "/api/v1/admin/projections");
                if (answer.status() == 200) {
                    answer.json().forEach(status -> names.add(status.path("name").asString()));
                }
            } catch (java.io.IOException down) {
                // a node that does not answer runs nothing it could take over
            }
        }
        return names;
    }

    private void sleepUntil(long fromNs, double fractionOfLoad) throws InterruptedException {
        long untilNs = fromNs + (long) (options.load().toNanos() * fractionOfLoad);
        long leftMs = (untilNs - System.nanoTime()) / 1_000_000;
        if (leftMs > 0) {
            Thread.sleep(leftMs);
        }
    }

    private Row exits(Fleet fleet) {
        int exits = fleet.all().stream().mapToInt(AppInstance::unexpectedExits).sum();
        return new Row("ready nodes exit only when killed", fleet.all().size(),
                exits == 0 ? List.of() : List.of(exits + " unexpected exits (see the nodes' logs)"), "");
    }

    private int report(double acknowledgedPerSecond, double[] load) throws Exception {
        StringBuilder text = new StringBuilder();
        int violations = ChaosReport.table(rows, text);
        Duration took = Duration.ofNanos(System.nanoTime() - startNs);
        text.append(String.format("%n| run | value |%n|---|---|%n| seed | %d |%n"
                        + "| nodes | 1 projector (%s), %d writers (command), %d readers (query,projections), HAProxy |%n"
                        + "| clients / load | %d / %d s%s |%n"
                        + "| transfers sent / acknowledged / refused (exceedsCredits) / unresolved | %d / %d / %d / %d |%n"
                        + "| acknowledged per second during the load (through the gateway) | %.1f |%n"
                        + "| answers by status | %s; %d connection errors, %d retries |%n"
                        + "| load average (1 min) mean / max | %.1f / %.1f (%d cores, shared by every process) |%n"
                        + "| duration | %d min %d s |%n| violations | %d |%n%n",
                common.seed(), ALL_ROLES, options.writers(), options.readers(), common.clients(),
                options.load().toSeconds(), options.faults() ? ", kill -9 of writer1 and of the segments' owner, a rebuild"
                        : ", no faults", outcomes.sent.size(), outcomes.acknowledged.size(), outcomes.refused.size(),
                outcomes.uncertain.size(), acknowledgedPerSecond, outcomes.answersByStatus(),
                outcomes.connectionErrors.sum(), outcomes.retries.sum(), load[0], load[1],
                Runtime.getRuntime().availableProcessors(), took.toMinutes(), took.toSecondsPart(), violations));
        timeline.forEach(line -> text.append("    ").append(line).append('\n'));
        ChaosReport.examples(rows, text);
        text.append(violations == 0 ? "\ncluster: PASSED, 0 violations\n"
                : "\ncluster: FAILED, " + violations + " violations\n");
        System.out.print(text);
        Files.writeString(common.workDir().resolve("cluster-report.md"), text);
        return violations;
    }

    private void say(String format, Object... args) {
        String line = String.format("%5.0f s  ", (System.nanoTime() - startNs) / 1e9) + String.format(format, args);
        synchronized (timeline) {
            timeline.add(line);
        }
        System.out.println("cluster: " + line);
    }

    private synchronized void stopEverything() {
        try {
            if (gateway != null) {
                gateway.stop();
            }
            for (AppInstance node : nodes) {
                node.kill();
            }
            if (redis != null) {
                redis.close();
            }
        } catch (Exception e) {
            System.err.println("cluster: cleanup: " + e);
        }
    }
}
