package bank.ledger.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import bank.ledger.app.support.LedgerIntegrationTest;
import bank.ledger.app.support.TestActors;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every event carries who caused it, in which role, through which channel, under which correlation id. */
class ActorMetadataIT extends LedgerIntegrationTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    @Autowired
    JdbcTemplate jdbc;

    /** The metadata of the account's first event, as stored in the event store. */
    private JsonNode metadataOfFirstEvent(String aggregateId) {
        List<byte[]> rows = jdbc.query("select metadata from domainevententry where aggregateidentifier = ?"
                + " order by sequencenumber limit 1", (rs, n) -> rs.getBytes(1), aggregateId);
        assertThat(rows).as("events of " + aggregateId).hasSize(1);
        return JSON.readTree(rows.get(0));
    }

    private static Map<String, Object> account(String id) {
        return Map.of("id", id, "code", "C-" + id, "name", "Account " + id, "type", "ASSET", "currency", "EUR");
    }

    @Nested
    class WithAnAccessToken {
        @Test
        void an_accountants_command_records_the_accountant_the_role_the_channel_and_the_correlation_id() {
            String id = newId("meta");
            String correlationId = "corr-" + UUID.randomUUID();

            Api.Response opened = api.as("accountant").withHeader("X-Correlation-Id", correlationId)
                    .post("/api/v1/accounts", account(id));

            assertThat(opened.status()).as(opened.raw()).isEqualTo(201);
            JsonNode metadata = metadataOfFirstEvent(id);
            assertThat(metadata.get("actor").asString()).isEqualTo(TestActors.username("accountant"));
            assertThat(metadata.get("actorRole").asString()).isEqualTo("accountant");
            assertThat(metadata.get("channel").asString()).isEqualTo("api");
            assertThat(metadata.get("correlationId").asString()).isEqualTo(correlationId);
        }
    }

    @Nested
    class WithAnApiKey {
        @Test
        void a_service_accounts_command_records_the_service_account_and_the_api_key_channel() {
            String service = ("svc-" + UUID.randomUUID()).substring(0, 30);
            assertThat(api.post("/api/v1/users", Map.of("username", service, "role", "accountant",
                    "serviceAccount", true)).status()).isEqualTo(201);
            String key = api.post("/api/v1/users/" + service + "/api-keys", "").text("apiKey");
            String id = newId("meta-key");

            Api.Response opened = api.anonymous().withHeader("X-Api-Key", key).post("/api/v1/accounts", account(id));

            assertThat(opened.status()).as(opened.raw()).isEqualTo(201);
            JsonNode metadata = metadataOfFirstEvent(id);
            assertThat(metadata.get("actor").asString()).isEqualTo(service);
            assertThat(metadata.get("actorRole").asString()).isEqualTo("accountant");
            assertThat(metadata.get("channel").asString()).isEqualTo("api-key");
        }
    }
}
