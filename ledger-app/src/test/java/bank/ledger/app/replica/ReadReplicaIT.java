package bank.ledger.app.replica;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.LedgerApplication;
import bank.ledger.app.dev.EmbeddedServices;
import bank.ledger.app.support.Api;
import bank.ledger.app.support.TestActors;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 16, a read replica: the ledger on a real primary with a real streaming replica of it (made by
 * {@link StreamingReplica} with pg_basebackup), in a context of its own. GET reads are served by the replica
 * while it keeps up; with its replay paused it falls behind the limit and the same reads go to the primary
 * (they see what the replica does not have); resumed, it serves again; stopped, the primary serves.
 * Redis and the broker are the suite's (embedded, or the external profile's servers), under keys and an
 * exchange of this test's own.
 */
class ReadReplicaIT {
    private static final boolean EXTERNAL = "external".equals(System.getProperty("spring.profiles.active"));
    private static final long MAX_LAG_MS = 2_000;
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static StreamingReplica pair;
    private static ConfigurableApplicationContext ledger;
    private static Api api;

    /** Why this machine cannot run the test (no PostgreSQL server binaries), or empty. */
    private static final Optional<String> MISSING = StreamingReplica.missing();

    @BeforeAll
    static void startPrimaryReplicaAndLedger() throws Exception {
        if (MISSING.isPresent()) {
            System.out.println("ReadReplicaIT skipped: " + MISSING.get());
            return;
        }
        pair = StreamingReplica.start();
        ledger = new SpringApplication(LedgerApplication.class).run(arguments().toArray(String[]::new));
        int port = ((WebServerApplicationContext) ledger).getWebServer().getPort();
        api = new Api(port).as("admin");
    }

    private static List<String> arguments() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> args = new ArrayList<>(List.of("--spring.profiles.active=external", "--server.port=0",
                "--spring.datasource.url=" + pair.primaryUrl(), "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--ledger.read-replica.url=" + pair.replicaUrl(), "--ledger.read-replica.username=postgres",
                "--ledger.read-replica.password=", "--ledger.read-replica.max-lag-ms=" + MAX_LAG_MS,
                "--ledger.read-replica.probe-interval-ms=200",
                "--ledger.security.bootstrap-admin.username=" + TestActors.ADMIN_USERNAME,
                "--ledger.security.bootstrap-admin.password=" + TestActors.ADMIN_PASSWORD,
                "--ledger.security.jwt.allow-ephemeral-key=true",
                "--ledger.stream.webhooks.secret-keys=it-2026:aXQtb25seS13ZWJob29rLXNlY3JldC1rZXktMzJieXQ=",
                // Redis and the broker are shared with the suite's context: keys and events of this test's own
                "--ledger.redis.key-prefix=ledger:replica-it-" + run + ":",
                "--ledger.security.session.redis-prefix=ledger:auth:replica-it-" + run + ":",
                "--ledger.rate-limit.redis-prefix=ledger:rate:replica-it-" + run + ":",
                "--ledger.stream.exchange=ledger.events.replica-it",
                "--ledger.statements.poll.folder=", "--ledger.schedules.tick-enabled=false",
                "--ledger.maker-checker.enabled=false"));
        if (!EXTERNAL) {
            EmbeddedServices services = EmbeddedServices.startOnce();
            args.add("--spring.data.redis.url=redis://127.0.0.1:" + services.redisPort);
            args.add("--spring.rabbitmq.addresses=amqp://guest:guest@127.0.0.1:" + services.amqpPort);
        }
        return args;
    }

    /** Each test reports itself skipped with the reason (a class-level assumption shows as "0 tests run"). */
    @BeforeEach
    void onlyWithTheBinaries() {
        Assumptions.assumeTrue(MISSING.isEmpty(), () -> "skipped: " + MISSING.orElseThrow());
    }

    @AfterAll
    static void stopAll() {
        if (ledger != null) {
            ledger.close();
        }
        if (pair != null) {
            pair.close();
        }
    }

    @Test
    void reads_come_from_the_replica_while_it_keeps_up_and_from_the_primary_once_it_falls_behind_or_goes_away()
            throws Exception {
        String cash = openAccount("ASSET");
        String deposits = openAccount("LIABILITY");
        String first = post(cash, deposits, "10.00");

        Api.Response onReplica = awaitEntry(first, "replica");
        assertThat(Long.parseLong(onReplica.header("Ledger-Read-Lag-Ms"))).isBetween(0L, MAX_LAG_MS);
        assertThat(replicaState().text("status")).isEqualTo("UP");
        assertThat(reads("replica", "fresh")).isPositive();

        pair.pauseReplay();
        String second = post(cash, deposits, "20.00");
        Awaitility.await("the replica is seen lagging").atMost(WAIT).pollInterval(Duration.ofMillis(200))
                .until(() -> "LAGGING".equals(replicaState().text("status")));
        assertThat(replicaState().body().get("replayPaused").asBoolean()).isTrue();
        Api.Response fromPrimary = awaitEntry(second, "primary");
        assertThat(fromPrimary.header("Ledger-Read-Lag-Ms")).isEqualTo("0");
        assertThat(pair.entryRowsOnReplica(second)).as("the replica, paused, does not have the entry").isZero();
        assertThat(reads("primary", "lagging")).isPositive();

        pair.resumeReplay();
        awaitEntry(second, "replica");
        assertThat(pair.entryRowsOnReplica(second)).isEqualTo(1);

        pair.stopReplica();
        String third = post(cash, deposits, "30.00");
        awaitEntry(third, "primary");
        Awaitility.await("the replica is seen down").atMost(WAIT).pollInterval(Duration.ofMillis(200))
                .until(() -> "DOWN".equals(replicaState().text("status")));
        assertThat(reads("primary", "down") + reads("primary", "failed")).isPositive();

        pair.startReplica();
        awaitEntry(third, "replica");
    }

    @Test
    void writes_and_the_hot_account_path_never_read_the_replica() {
        String cash = openAccount("ASSET");
        String deposits = openAccount("LIABILITY");
        post(cash, deposits, "5.00");

        Api.Response account = Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(100))
                .until(() -> api.get("/api/v1/accounts/" + cash), r -> r.status() == 200 && r.raw().contains("5.00"));
        assertThat(account.header("Ledger-Read-Source")).as("Redis first, the primary on a miss: no replica read")
                .isNotEqualTo("replica");
        Api.Response written = api.post("/api/v1/journal-entries", entry(cash, deposits, "6.00"));
        assertThat(written.header("Ledger-Read-Source")).as("a write reads nothing from the replica").isNull();
    }

    private static String openAccount(String type) {
        String id = "acc-" + UUID.randomUUID();
        Api.Response response = api.post("/api/v1/accounts", Map.of("id", id, "code", "C-" + id, "name", "Account " + id,
                "type", type, "currency", "EUR"));
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return id;
    }

    private static Map<String, Object> entry(String debit, String credit, String amount) {
        return Map.of("id", "je-" + UUID.randomUUID(), "effectiveDate", "2026-11-25", "description", "replica test",
                "postings", List.of(Map.of("accountId", debit, "side", "DEBIT", "amount", amount),
                        Map.of("accountId", credit, "side", "CREDIT", "amount", amount)));
    }

    private static String post(String debit, String credit, String amount) {
        Map<String, Object> body = entry(debit, credit, amount);
        Api.Response response = api.post("/api/v1/journal-entries", body);
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return (String) body.get("id");
    }

    /** Waits until the entry is read from the source named (its read model first, then the source's copy of it). */
    private static Api.Response awaitEntry(String entryId, String source) {
        return Awaitility.await("entry " + entryId + " read from the " + source).atMost(WAIT)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> api.get("/api/v1/journal-entries/" + entryId),
                        r -> r.status() == 200 && source.equals(r.header("Ledger-Read-Source")));
    }

    private static Api.Response replicaState() {
        Api.Response state = api.get("/api/v1/admin/read-replica");
        assertThat(state.status()).as(state.raw()).isEqualTo(200);
        return state;
    }

    /** {@code ledger_read_replica_reads_total} of one source and reason, from the Prometheus scrape. */
    private static double reads(String source, String reason) {
        Api.Response scrape = api.get("/actuator/prometheus");
        assertThat(scrape.status()).isEqualTo(200);
        return scrape.raw().lines()
                .filter(line -> line.startsWith("ledger_read_replica_reads_total{")
                        && line.contains("reason=\"" + reason + "\"") && line.contains("source=\"" + source + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
