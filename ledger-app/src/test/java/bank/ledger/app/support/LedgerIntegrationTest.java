package bank.ledger.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.LedgerApplication;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the whole application on a random port, against real PostgreSQL,
 * Redis and an AMQP broker. Which ones is the failsafe run's choice ({@code spring.profiles.active}):
 * {@code dev} starts embedded servers, {@code external} uses the servers the environment names.
 * Tests share one application context; each uses fresh ids, so they do not see each other's data.
 * {@link #api} speaks as an administrator (see {@link TestActors}); {@code api.as(role)} as another role.
 */
@SpringBootTest(classes = LedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class LedgerIntegrationTest {
    /** The one browser origin the tests' configuration allows (CORS). */
    protected static final String CORS_ORIGIN = "https://ui.ledger.test";
    /** Lines per reconciliation engine page in the tests (2,000 in production). */
    protected static final int ENGINE_PAGE_LINES = 50;
    @LocalServerPort
    protected int port;
    protected Api api;

    /**
     * The way in for tests under both profiles: a bootstrap administrator with this run's own name and
     * password, an ephemeral signing key, Redis keys of this run only, rate limits out of the way of
     * bursty tests (the rate-limit tests use their own buckets), tokens and sessions that outlive the suite.
     * Public for tests that start nodes of their own (NodeRolesStartupIT): the same settings, as arguments.
     */
    @DynamicPropertySource
    public static void testSecurity(DynamicPropertyRegistry properties) {
        properties.add("ledger.security.bootstrap-admin.username", () -> TestActors.ADMIN_USERNAME);
        properties.add("ledger.security.bootstrap-admin.password", () -> TestActors.ADMIN_PASSWORD);
        properties.add("ledger.security.jwt.allow-ephemeral-key", () -> "true");
        properties.add("ledger.security.jwt.access-token-ttl", () -> "1h");
        properties.add("ledger.security.session.ttl", () -> "1h"); // the shared Redis forgets this run soon
        properties.add("ledger.security.session.redis-prefix", () -> "ledger:auth:it-" + TestActors.RUN_ID + ":");
        properties.add("ledger.rate-limit.redis-prefix", () -> "ledger:rate:it-" + TestActors.RUN_ID + ":");
        properties.add("ledger.security.cors-allowed-origins", () -> CORS_ORIGIN);
        // Maker-checker would hold the reversals and closings other tests make; MakerCheckerIT switches
        // it on at run time (MakerChecker.setEnabled) in this same context, and back off after each test.
        properties.add("ledger.maker-checker.enabled", () -> "false");
        properties.add("ledger.rate-limit.auth.capacity", () -> "100000");
        properties.add("ledger.rate-limit.read.capacity", () -> "1000000");
        properties.add("ledger.rate-limit.write.capacity", () -> "1000000");
        // small engine pages, so that a test can put lines on different pages in the one shared context
        properties.add("ledger.reconciliation.lines-per-pass", () -> String.valueOf(ENGINE_PAGE_LINES));
        // the tests' webhook receivers listen on loopback (in the external profile too)
        properties.add("ledger.stream.webhooks.allowed-internal-targets", () -> "127.0.0.0/8,::1/128");
        // one fixed key for every run, so runs sharing a database (external profile) open each other's secrets
        // schedules run when a test asks (POST /api/v1/schedules/{id}/runs), not when a tick happens to come
        properties.add("ledger.schedules.tick-enabled", () -> "false");
        properties.add("ledger.stream.webhooks.secret-keys", () -> "it-2026:aXQtb25seS13ZWJob29rLXNlY3JldC1rZXktMzJieXQ=");
        // bank pulls (BankPullsIT): a fixed key as above, quick ticks, and back-off and schedules in seconds
        properties.add("ledger.bank-pulls.credential-keys", () -> "it-2026:aXQtb25seS1iYW5rLWNyZWRlbnRpYWxzLWtleS0zMmI=");
        properties.add("ledger.bank-pulls.tick-ms", () -> "500");
        properties.add("ledger.bank-pulls.interval-min-ms", () -> "1000");
        properties.add("ledger.bank-pulls.backoff-base-ms", () -> "2000");
        properties.add("ledger.bank-pulls.backoff-max-ms", () -> "8000");
        properties.add("ledger.bank-pulls.connect-timeout-ms", () -> "5000");
        properties.add("ledger.bank-pulls.file-bytes-max", () -> "1048576");
    }

    @BeforeEach
    void connect() {
        api = new Api(port).as("admin");
    }

    protected static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /** Opens an account and answers its id; the code is unique per call. */
    protected String openAccount(String type, String currency, Map<String, Object> extra) {
        String id = newId("acc");
        Map<String, Object> body = new java.util.HashMap<>(Map.of("id", id, "code", "C-" + id, "name", "Account " + id,
                "type", type, "currency", currency));
        body.putAll(extra);
        Api.Response response = api.post("/api/v1/accounts", body);
        if (response.status() != 201) {
            throw new AssertionError("opening an account answered " + response.status() + ": " + response.raw());
        }
        return id;
    }

    protected static Map<String, Object> line(String accountId, String side, String amount) {
        return Map.of("accountId", accountId, "side", side, "amount", amount);
    }

    protected static Map<String, Object> entry(String id, List<Map<String, Object>> postings) {
        return Map.of("id", id, "effectiveDate", "2026-11-25", "description", "test entry", "postings", postings);
    }

    /** An error answer: status, problem+json, its stable code and the offending field. */
    protected static void assertProblem(Api.Response response, int status, String code, String field) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("code")).isEqualTo(code);
        assertThat(response.text("field")).isEqualTo(field);
    }

    /** The read model is eventually consistent: wait until the account shows what the test expects. */
    protected Api.Response awaitAccount(String accountId, java.util.function.Predicate<Api.Response> condition) {
        Api.Response[] last = new Api.Response[1];
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> {
            last[0] = api.get("/api/v1/accounts/" + accountId);
            return last[0].status() == 200 && condition.test(last[0]);
        });
        return last[0];
    }

    /** Waits until the journal-entry read model shows the entry in this status (another read model than the payments' or the accounts'). */
    protected Api.Response awaitEntry(String entryId, String status) {
        Api.Response[] last = new Api.Response[1];
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            last[0] = api.get("/api/v1/journal-entries/" + entryId);
            return last[0].status() == 200 && status.equals(last[0].text("status"));
        });
        return last[0];
    }

    /** Waits until the event processor has handled every event stored when this was called. */
    protected void awaitProcessorCaughtUp(String processingGroup) {
        String path = "/api/v1/admin/projections/" + processingGroup;
        long head = api.get(path).body().get("head").asLong();
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            Api.Response processor = api.get(path);
            return processor.status() == 200 && processor.body().get("position").asLong() >= head;
        });
    }
}
