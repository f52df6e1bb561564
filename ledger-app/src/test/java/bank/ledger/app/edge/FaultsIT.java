package bank.ledger.app.edge;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.dev.EmbeddedServices;
import bank.ledger.app.support.Api;
import bank.ledger.app.support.LedgerIntegrationTest;
import bank.ledger.domain.entry.api.PostJournalEntry;
import bank.ledger.domain.entry.api.PostingRequest;
import bank.ledger.domain.entry.api.Side;
import bank.ledger.projections.readmodel.HotAccounts;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Faults answer as faults: a dependency that does not answer gives 503 with Retry-After and a stable
 * code, never a 500 that reads as a bug, and nothing acknowledged is lost or doubled.
 */
class FaultsIT extends LedgerIntegrationTest {
    @Autowired
    Environment environment;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommandGateway commands;
    @Autowired
    HotAccounts hotAccounts;
    @Autowired
    MeterRegistry meters;

    private static void assertUnavailable(Api.Response response, String... codes) {
        assertThat(response.status()).as(response.raw()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("code")).isIn((Object[]) codes);
        assertThat(Long.parseLong(response.header("Retry-After"))).isBetween(1L, 60L);
    }

    @Nested
    class DatabaseConnectionsTerminated {
        record Outcome(String id, Map<String, Object> body, Api.Response response) {
        }

        /** Ends the app's connections that are writing events right now, from a connection of its own. */
        private int terminateWriters(Statement killer) throws java.sql.SQLException {
            try (ResultSet killed = killer.executeQuery("""
                    select count(*) filter (where pg_terminate_backend(pid)) from pg_stat_activity
                    where datname = current_database() and pid <> pg_backend_pid()
                      and state in ('active', 'idle in transaction') and query ilike '%insert into domainevententry%'""")) {
                killed.next();
                return killed.getInt(1);
            }
        }

        @Test
        void killed_connections_answer_503_and_every_acknowledged_entry_is_stored_exactly_once() throws Exception {
            int posters = 4;
            List<List<String>> pairs = new java.util.ArrayList<>();
            for (int i = 0; i < posters; i++) { // a pair per poster: no retries from contention, only faults
                pairs.add(List.of(openAccount("ASSET", "EUR", Map.of()), openAccount("INCOME", "EUR", Map.of())));
            }
            List<Outcome> outcomes = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
            AtomicInteger killed = new AtomicInteger();
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            ExecutorService threads = Executors.newFixedThreadPool(posters);
            try (Connection own = DriverManager.getConnection(environment.getProperty("spring.datasource.url"),
                    environment.getProperty("spring.datasource.username"),
                    environment.getProperty("spring.datasource.password", ""));
                 Statement killer = own.createStatement()) {
                List<Future<?>> running = new java.util.ArrayList<>();
                for (List<String> pair : pairs) {
                    running.add(threads.submit(() -> {
                        // post until the attack has hit a few writers (bounded: 400 entries or 90 s)
                        for (int n = 0; n < 100 && (killed.get() < 3 || n < 10) && System.nanoTime() < deadline; n++) {
                            String id = newId("je-fault");
                            Map<String, Object> body = entry(id, List.of(line(pair.get(0), "DEBIT", "1.00"),
                                    line(pair.get(1), "CREDIT", "1.00")));
                            outcomes.add(new Outcome(id, body, api.post("/api/v1/journal-entries", body)));
                        }
                    }));
                }
                while (running.stream().anyMatch(f -> !f.isDone())) {
                    killed.addAndGet(terminateWriters(killer));
                }
                for (Future<?> poster : running) {
                    poster.get();
                }
            } finally {
                threads.shutdownNow();
            }

            assertThat(killed.get()).as("the attack reached writers").isPositive();
            Map<Integer, Long> byStatus = new ConcurrentHashMap<>();
            outcomes.forEach(o -> byStatus.merge(o.response().status(), 1L, Long::sum));
            assertThat(byStatus.keySet()).as("statuses " + byStatus).isSubsetOf(201, 503);
            outcomes.stream().filter(o -> o.response().status() == 503)
                    .forEach(o -> assertUnavailable(o.response(), "databaseUnavailable"));
            for (Outcome failed : outcomes.stream().filter(o -> o.response().status() == 503).toList()) {
                Api.Response retried = api.post("/api/v1/journal-entries", failed.body());
                assertThat(retried.status()).as("the retry by the same id: " + retried.raw()).isIn(200, 201);
            }
            for (Outcome outcome : outcomes) {
                assertThat(jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?"
                        + " and payloadtype like '%JournalEntryPosted'", Long.class, outcome.id()))
                        .as(outcome.id() + " stored once").isEqualTo(1L);
            }
        }
    }

    /**
     * Redis stops answering (CLIENT PAUSE: connections stay open, commands wait, as in a hung or
     * overloaded Redis; its data stays, so later tests keep their sessions). Needs the embedded Redis:
     * against a shared external Redis the test is skipped.
     */
    @Nested
    class RedisNotAnswering {
        @Test
        void bearer_requests_and_writes_answer_503_reads_by_api_key_pass_and_readiness_says_down() {
            EmbeddedServices services = EmbeddedServices.startedOrNull();
            Assumptions.assumeTrue(services != null, "needs the embedded Redis; the external run shares one");
            String service = ("svc-" + UUID.randomUUID()).substring(0, 30);
            api.post("/api/v1/users", Map.of("username", service, "role", "integrator", "serviceAccount", true));
            Api machine = api.anonymous().withHeader("X-Api-Key",
                    api.post("/api/v1/users/" + service + "/api-keys", "").text("apiKey"));
            assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(200);

            RedisClient client = RedisClient.create("redis://127.0.0.1:" + services.redisPort);
            try (StatefulRedisConnection<String, String> connection = client.connect()) {
                connection.sync().clientPause(Duration.ofSeconds(25).toMillis()); // ends by itself

                assertUnavailable(api.get("/api/v1/accounts?pageSize=1"), "sessionStoreUnavailable");
                assertUnavailable(api.anonymous().post("/api/v1/auth/token",
                        Map.of("username", "nobody", "password", "irrelevant")),
                        "rateLimitUnavailable", "sessionStoreUnavailable");
                assertUnavailable(machine.post("/api/v1/journal-entries", "{}"), "rateLimitUnavailable");
                assertThat(machine.get("/api/v1/accounts?pageSize=1").status()).isEqualTo(200);
                assertThat(api.anonymous().get("/actuator/health/readiness").status()).isEqualTo(503);
                assertThat(api.anonymous().get("/actuator/health").status()).as("health agrees").isEqualTo(503);
            } finally {
                client.shutdown();
            }

            Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() ->
                    api.get("/api/v1/accounts?pageSize=1").status() == 200
                            && api.anonymous().get("/actuator/health/readiness").status() == 200);
        }

        @Test
        void an_entry_recorded_while_redis_hangs_reaches_the_hot_balances_afterwards_without_a_dead_letter() {
            EmbeddedServices services = EmbeddedServices.startedOrNull();
            Assumptions.assumeTrue(services != null, "needs the embedded Redis; the external run shares one");
            String cash = openAccount("ASSET", "EUR", Map.of());
            String deposits = openAccount("LIABILITY", "EUR", Map.of());
            String entryId = newId("redis-hang");
            double deadLetteredBefore = hotAccountsDeadLettered();

            RedisClient client = RedisClient.create("redis://127.0.0.1:" + services.redisPort);
            try (StatefulRedisConnection<String, String> connection = client.connect()) {
                connection.sync().clientPause(Duration.ofSeconds(8).toMillis()); // ends by itself
                // the API's writes need the rate limiter (Redis): the command goes in behind the edge
                commands.sendAndWait(new PostJournalEntry(entryId, null, "recorded while Redis hangs", false,
                        List.of(new PostingRequest(cash, Side.DEBIT, "7.00", "EUR"),
                                new PostingRequest(deposits, Side.CREDIT, "7.00", "EUR")), Map.of()));
            } finally {
                client.shutdown();
            }

            // the hot-accounts projection retried its batch when Redis answered again: no letter for a person
            Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() ->
                    hotAccounts.find(cash).map(row -> row.debitsPosted() == 700).orElse(false));
            assertThat(jdbc.queryForObject("select count(*) from deadletterentry where processinggroup = ?"
                    + " and sequenceidentifier in (?, ?)", Long.class, "hot-accounts", cash, deposits)).isZero();
            // (a letter would also be gone by now, retried by DeadLetterRetry: the alarm counter tells)
            assertThat(hotAccountsDeadLettered()).as("hot-accounts events dead-lettered meanwhile")
                    .isEqualTo(deadLetteredBefore);
        }

        private double hotAccountsDeadLettered() {
            var counter = meters.find("ledger.projections.failures").tag("group", "hot-accounts")
                    .tag("stage", "handler").counter();
            return counter == null ? 0 : counter.count();
        }
    }
}
