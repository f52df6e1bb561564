package bank.ledger.app.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Operators: projection lag, and a rebuild that replays history into identical read models. */
class RebuildIT extends ReadModelTestSupport {
    private static final String ADMIN = "/api/v1/admin/projections";
    @Autowired
    JdbcTemplate jdbc;

    @Nested
    class Rebuild {
        @Test
        void a_rebuild_replays_every_event_into_identical_lines_and_the_old_lines_serve_meanwhile() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            String income = openAccount("INCOME", "EUR", Map.of());
            post("2026-06-20", cash, income, "8.00");
            post("2026-06-10", cash, income, "2.00");
            awaitBalanceAt(cash, "2026-06-30", "10.00");
            String statement = "/api/v1/accounts/" + cash + "/statement?from=2026-06-01&to=2026-06-30";
            String before = awaitDescribed(statement).raw();
            // damage the read model where no balance depends on it: a replay must repair it
            jdbc.update("update rm_account_line set actor = 'tampered' where account_id = ?", cash);

            Api.Response started = api.post(ADMIN + "/account-lines/rebuild", (String) null);
            Api.Response meanwhile = api.get(statement);

            assertThat(started.status()).as(started.raw()).isEqualTo(202);
            assertThat(started.body().get("rebuild").get("eventsTotal").asLong()).isPositive();
            assertThat(meanwhile.body().get("lines")).hasSize(2);
            Api.Response done = await(ADMIN + "/account-lines",
                    r -> r.body().get("rebuild").get("caughtUp").asBoolean());
            assertThat(done.body().get("rebuild").get("eventsDone").asLong())
                    .isEqualTo(done.body().get("rebuild").get("eventsTotal").asLong());
            await(statement, r -> !r.raw().contains("tampered"));
            assertThat(api.get(statement).raw()).isEqualTo(before);
        }

        @Test
        void an_unknown_processor_cannot_be_rebuilt() {
            assertProblem(api.post(ADMIN + "/no-such-group/rebuild", (String) null), 400, "invalidField", "name");
        }
    }

    @Nested
    class Lag {
        @Test
        void every_projection_shows_its_position_against_the_head_and_catches_up() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            String income = openAccount("INCOME", "EUR", Map.of());
            post("2026-06-01", cash, income, "1.00");

            Api.Response caughtUp = await(ADMIN + "/account-lines", r -> r.body().get("eventsBehind").asLong() == 0);
            JsonNode all = api.get(ADMIN).body();

            assertThat(caughtUp.body().get("secondsBehind").asLong()).isZero();
            assertThat(caughtUp.body().get("position").asLong()).isEqualTo(caughtUp.body().get("head").asLong());
            assertThat(all).extracting(p -> p.get("name").asString())
                    .contains("account-lines", "hot-accounts", "account-balances", "journal-entries");
            Api.Response metrics = api.get("/actuator/prometheus");
            assertThat(metrics.raw()).contains("ledger_projection_lag_events{", "processor=\"account-lines\"");
        }
    }
}
