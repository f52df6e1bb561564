package bank.ledger.app.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The daily balance history of an account. */
class DailyBalancesIT extends ReadModelTestSupport {

    @Nested
    class DailyBalances {
        @Test
        void every_day_has_its_closing_balance_including_days_without_movement() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            String income = openAccount("INCOME", "EUR", Map.of());
            post("2026-01-31", cash, income, "50.00");
            post("2026-02-02", cash, income, "5.00");
            post("2026-02-02", income, cash, "1.00");
            awaitBalanceAt(cash, "2026-02-28", "54.00");

            Api.Response history = api.get("/api/v1/accounts/" + cash + "/daily-balances?from=2026-02-01&to=2026-02-03");

            assertThat(history.text("openingBalance")).isEqualTo("50.00");
            JsonNode days = history.body().get("days");
            assertThat(days).extracting(d -> d.get("date").asString() + " " + d.get("closingBalance").asString())
                    .containsExactly("2026-02-01 50.00", "2026-02-02 54.00", "2026-02-03 54.00");
            assertThat(days.get(1).get("debits").asString()).isEqualTo("5.00");
            assertThat(days.get(1).get("credits").asString()).isEqualTo("1.00");
        }

        @Test
        void a_history_is_at_most_366_days() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            awaitInReadModel(cash);
            String path = "/api/v1/accounts/" + cash + "/daily-balances?from=2028-01-01&to=";

            assertThat(api.get(path + "2028-12-31").body().get("days")).hasSize(366);
            assertProblem(api.get(path + "2029-01-01"), 400, "invalidField", "to");
        }
    }
}
