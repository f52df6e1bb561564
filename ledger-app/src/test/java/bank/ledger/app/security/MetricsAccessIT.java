package bank.ledger.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import bank.ledger.app.support.LedgerIntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Prometheus scrapes with a service account of the monitor role, sending its API key as a bearer
 * credential (the one way Prometheus can send a secret from a file); that key reads metrics only.
 */
class MetricsAccessIT extends LedgerIntegrationTest {
    private String key;

    @BeforeEach
    void aMonitorServiceAccount() {
        String prometheus = ("prom-" + UUID.randomUUID()).substring(0, 30);
        Api.Response created = api.post("/api/v1/users", Map.of("username", prometheus, "role", "monitor",
                "serviceAccount", true));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        key = api.post("/api/v1/users/" + prometheus + "/api-keys", "").text("apiKey");
    }

    @Test
    void the_monitor_key_sent_as_a_bearer_credential_scrapes_the_metrics() {
        Api.Response scraped = api.anonymous().withHeader("Authorization", "Bearer " + key).get("/actuator/prometheus");

        assertThat(scraped.status()).isEqualTo(200);
        assertThat(scraped.raw()).contains("ledger_commands_retries_total").contains("application=\"ledger\"");
        assertThat(api.anonymous().withHeader("X-Api-Key", key).get("/actuator/metrics").status()).isEqualTo(200);
    }

    @Test
    void the_monitor_key_opens_nothing_but_the_metrics() {
        Api monitor = api.anonymous().withHeader("Authorization", "Bearer " + key);

        assertThat(monitor.get("/api/v1/accounts?pageSize=1").status()).isEqualTo(403);
    }

    @Test
    void other_roles_and_strangers_do_not_read_the_metrics() {
        assertThat(api.as("accountant").get("/actuator/prometheus").status()).isEqualTo(403);
        assertThat(api.anonymous().get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(api.anonymous().withHeader("Authorization", "Bearer lk_0000000000000000_nonsense")
                .get("/actuator/prometheus").status()).isEqualTo(401);
    }
}
