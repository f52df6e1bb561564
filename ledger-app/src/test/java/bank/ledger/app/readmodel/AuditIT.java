package bank.ledger.app.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Auditors: an account's and an entry's full event history with metadata, and verify against read models. */
class AuditIT extends ReadModelTestSupport {
    @Autowired
    JdbcTemplate jdbc;

    @Nested
    class EventHistory {
        @Test
        void an_account_history_shows_every_event_with_who_when_channel_and_correlation_id() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            String income = openAccount("INCOME", "EUR", Map.of());
            Api.Response posted = post("2026-02-01", cash, income, "9.99");
            String correlationId = posted.header("X-Correlation-Id");

            Api.Response history = api.get("/api/v1/audit/accounts/" + cash + "/events");

            assertThat(history.status()).as(history.raw()).isEqualTo(200);
            JsonNode events = history.body().get("events");
            assertThat(events).hasSize(2);
            assertThat(events.get(0).get("type").asString()).isEqualTo("AccountOpened");
            JsonNode change = events.get(1);
            assertThat(change.get("type").asString()).isEqualTo("AccountBalanceChanged");
            assertThat(change.get("sequence").asLong()).isEqualTo(1);
            assertThat(change.get("actor").asString()).isEqualTo(bank.ledger.app.support.TestActors.username("admin"));
            assertThat(change.get("channel").asString()).isEqualTo("api");
            assertThat(change.get("correlationId").asString()).isEqualTo(correlationId);
            assertThat(change.get("recordedAt").asString()).isNotBlank();
            assertThat(change.get("payload").get("entryId").asString()).isEqualTo(posted.text("id"));
            assertThat(change.get("payload").get("change").get("debitsPosted").asLong()).isEqualTo(999);
        }

        @Test
        void a_journal_entry_history_shows_its_posting_and_its_reversal() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            String income = openAccount("INCOME", "EUR", Map.of());
            String entryId = post("2026-02-01", cash, income, "4.00").text("id");
            api.post("/api/v1/journal-entries/" + entryId + "/reverse", Map.of("id", newId("rev")));

            JsonNode events = api.get("/api/v1/audit/journal-entries/" + entryId + "/events").body().get("events");

            assertThat(events).extracting(e -> e.get("type").asString())
                    .containsExactly("JournalEntryPosted", "JournalEntryReversed");
        }

        @Test
        void histories_are_paged_by_sequence_number() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            String income = openAccount("INCOME", "EUR", Map.of());
            post("2026-02-01", cash, income, "1.00");
            String base = "/api/v1/audit/accounts/" + cash + "/events?pageSize=1";

            Api.Response first = api.get(base);
            Api.Response second = api.get(base + "&after=" + first.body().get("nextAfterSequence").asLong());

            assertThat(first.body().get("events").get(0).get("sequence").asLong()).isEqualTo(0);
            assertThat(second.body().get("events").get(0).get("sequence").asLong()).isEqualTo(1);
            assertThat(second.body().get("nextAfterSequence").isNull()).isTrue();
            assertProblem(api.get(base.replace("pageSize=1", "pageSize=501")), 400, "invalidField", "pageSize");
        }

        @Test
        void an_entry_id_is_not_an_account_and_an_unknown_id_is_not_found() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            String income = openAccount("INCOME", "EUR", Map.of());
            String entryId = post("2026-02-01", cash, income, "1.00").text("id");

            assertProblem(api.get("/api/v1/audit/accounts/" + entryId + "/events"), 404, "accountNotFound", "id");
            assertProblem(api.get("/api/v1/audit/journal-entries/" + newId("none") + "/events"), 404,
                    "entryNotFound", "id");
        }
    }

    @Nested
    class VerifyAccount {
        @Test
        void a_settled_account_matches_its_events_in_every_read_model() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            String income = openAccount("INCOME", "EUR", Map.of());
            post("2026-02-01", cash, income, "10.00");
            post("2026-02-02", income, cash, "2.50");
            awaitAccount(cash, r -> "redis".equals(r.header("X-Ledger-Read-Source")) && "7.50".equals(r.text("balance")));

            Api.Response verification = awaitSettled(cash);

            assertThat(verification.body().get("eventsReplayed").asLong()).isEqualTo(3);
            assertThat(verification.body().get("checked")).extracting(JsonNode::asString)
                    .contains("rm_account", "rm_account_line", "redis");
        }

        @Test
        void a_read_model_changed_behind_the_ledger_is_reported_field_by_field() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            String income = openAccount("INCOME", "EUR", Map.of());
            post("2026-02-01", cash, income, "10.00");
            // every read model has caught up: only then is a difference a tampering, not a lag
            awaitSettled(cash);

            // tampered behind the ledger's back, and put right afterwards: other tests sum rm_account
            jdbc.update("update rm_account set debits_posted = debits_posted + 1 where account_id = ?", cash);
            Api.Response verification;
            try {
                verification = api.get("/api/v1/audit/accounts/" + cash + "/verification");
            } finally {
                jdbc.update("update rm_account set debits_posted = debits_posted - 1 where account_id = ?", cash);
            }

            assertThat(verification.body().get("consistent").asBoolean()).isFalse();
            JsonNode difference = verification.body().get("differences").get(0);
            assertThat(difference.get("readModel").asString()).isEqualTo("rm_account");
            assertThat(difference.get("field").asString()).isEqualTo("debits_posted");
            assertThat(difference.get("fromEvents").asString()).isEqualTo("10.00");
            assertThat(difference.get("inReadModel").asString()).isEqualTo("10.01");
            assertThat(verification.body().get("differences")).hasSize(1);
        }

        @Test
        void verifying_an_unknown_account_is_not_found() {
            assertProblem(api.get("/api/v1/audit/accounts/" + newId("none") + "/verification"), 404,
                    "accountNotFound", "id");
        }
    }
}
