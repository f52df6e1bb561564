package bank.ledger.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import bank.ledger.app.support.LedgerIntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Service accounts authenticate with API keys and may do only what their role permits. */
class ApiKeyIT extends LedgerIntegrationTest {
    private String service;

    @BeforeEach
    void anIntegratorServiceAccount() {
        service = ("int-" + UUID.randomUUID()).substring(0, 30);
        Api.Response created = api.post("/api/v1/users", Map.of("username", service, "role", "integrator",
                "serviceAccount", true));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
    }

    private Api.Response issue(String username) {
        return api.post("/api/v1/users/" + username + "/api-keys", "");
    }

    @Nested
    class IssueKey {
        @Test
        void the_key_is_shown_once_in_the_answer() {
            Api.Response issued = issue(service);

            assertThat(issued.status()).isEqualTo(201);
            assertThat(issued.text("apiKey")).startsWith("lk_" + issued.text("keyId") + "_");
        }

        @Test
        void people_get_no_api_keys() {
            String person = ("p-" + UUID.randomUUID()).substring(0, 30);
            api.post("/api/v1/users", Map.of("username", person, "role", "accountant", "password", "long-enough-pw-1"));

            Api.Response refused = issue(person);

            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.text("code")).isEqualTo("notAServiceAccount");
        }

        @Test
        void a_service_account_with_a_password_is_refused() {
            Api.Response refused = api.post("/api/v1/users", Map.of("username", service + "x", "role", "connector",
                    "serviceAccount", true, "password", "long-enough-pw-1"));

            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.text("field")).isEqualTo("password");
        }
    }

    @Nested
    class UseKey {
        @Test
        void the_key_opens_what_the_role_permits_and_nothing_else() {
            Api machine = api.anonymous().withHeader("X-Api-Key", issue(service).text("apiKey"));

            assertThat(machine.get("/api/v1/accounts?pageSize=1").status()).isEqualTo(200);
            Api.Response write = machine.post("/api/v1/accounts", Map.of("id", newId("k"), "code", newId("k"),
                    "name", "n", "type", "ASSET", "currency", "EUR"));
            assertThat(write.status()).isEqualTo(403);
            assertThat(write.text("code")).isEqualTo("forbidden");
        }

        @Test
        void a_revoked_key_is_refused_at_once() {
            Api.Response issued = issue(service);
            Api machine = api.anonymous().withHeader("X-Api-Key", issued.text("apiKey"));
            assertThat(machine.get("/api/v1/accounts?pageSize=1").status()).isEqualTo(200);

            assertThat(api.delete("/api/v1/api-keys/" + issued.text("keyId")).status()).isEqualTo(204);

            assertThat(machine.get("/api/v1/accounts?pageSize=1").status()).isEqualTo(401);
        }

        @Test
        void a_wrong_secret_or_a_malformed_key_is_refused() {
            String key = issue(service).text("apiKey");
            String wrongSecret = key.substring(0, key.length() - 4) + "AAAA";

            assertThat(api.anonymous().withHeader("X-Api-Key", wrongSecret).get("/api/v1/accounts").status())
                    .isEqualTo(401);
            assertThat(api.anonymous().withHeader("X-Api-Key", "nonsense").get("/api/v1/accounts").status())
                    .isEqualTo(401);
        }

        @Test
        void a_disabled_service_account_loses_its_keys() {
            Api machine = api.anonymous().withHeader("X-Api-Key", issue(service).text("apiKey"));

            api.post("/api/v1/users/" + service + "/disable", "");

            assertThat(machine.get("/api/v1/accounts?pageSize=1").status()).isEqualTo(401);
        }
    }
}
