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

/**
 * Base of the integration tests: the whole application on a random port, against real PostgreSQL,
 * Redis and an AMQP broker. Which ones is the failsafe run's choice ({@code spring.profiles.active}):
 * {@code dev} starts embedded servers, {@code external} uses the servers the environment names.
 * Tests share one application context; each uses fresh ids, so they do not see each other's data.
 */
@SpringBootTest(classes = LedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class LedgerIntegrationTest {
    @LocalServerPort
    protected int port;
    protected Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
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
}
