package bank.ledger.app.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The chart of accounts as a tree: roll-ups by parent account and by type. */
class ChartOfAccountsIT extends ReadModelTestSupport {
    private static final String CHART = "/api/v1/reports/chart-of-accounts?date=2026-12-31";

    private String openUnder(String parent) {
        String id = openAccount("ASSET", "EUR", Map.of("parentAccountId", parent));
        awaitAccount(id, r -> parent.equals(r.text("parentAccountId")));
        return id;
    }

    @Nested
    class FindChartOfAccounts {
        @Test
        void a_parent_rolls_up_the_balances_of_its_whole_subtree() {
            String assets = openAccount("ASSET", "EUR", Map.of());
            awaitInReadModel(assets);
            String cash = openUnder(assets);
            String bank = openUnder(assets);
            String petty = openUnder(cash);
            String income = openAccount("INCOME", "EUR", Map.of());
            post("2026-12-01", cash, income, "10.00");
            post("2026-12-01", bank, income, "5.00");
            post("2026-12-01", petty, income, "1.00");
            awaitBalanceAt(petty, "2026-12-31", "1.00");
            awaitBalanceAt(bank, "2026-12-31", "5.00");
            awaitBalanceAt(cash, "2026-12-31", "10.00");

            JsonNode top = reportRowOf(CHART, assets);
            JsonNode middle = reportRowOf(CHART, cash);

            assertThat(top.get("balance").asString()).isEqualTo("0.00");
            assertThat(top.get("subtreeBalance").asString()).isEqualTo("16.00");
            assertThat(top.get("descendants").asLong()).isEqualTo(3);
            assertThat(middle.get("parentAccountId").asString()).isEqualTo(assets);
            assertThat(middle.get("balance").asString()).isEqualTo("10.00");
            assertThat(middle.get("subtreeBalance").asString()).isEqualTo("11.00");
            assertThat(reportRowOf("/api/v1/reports/chart-of-accounts?date=2026-11-30", assets)
                    .get("subtreeBalance").asString()).isEqualTo("0.00");
        }

        @Test
        void balances_are_rolled_up_by_type_and_currency() {
            String cash = openAccount("ASSET", "KWD", Map.of());
            String income = openAccount("INCOME", "KWD", Map.of());
            post("2026-12-02", cash, income, "1.005");
            awaitBalanceAt(cash, "2026-12-31", "1.005");
            awaitInReadModel(income);

            JsonNode byType = api.get(CHART).body().get("byType");

            assertThat(byType).extracting(t -> t.get("type").asString() + " " + t.get("currency").asString())
                    .contains("ASSET KWD", "INCOME KWD");
            for (JsonNode total : byType) {
                assertThat(total.get("balance").asString()).matches(
                        "KWD".equals(total.get("currency").asString()) ? "-?\\d+\\.\\d{3}" : "-?\\d+(\\.\\d+)?");
            }
        }

        @Test
        void an_account_cannot_open_under_a_parent_that_does_not_exist() {
            String id = newId("acc");
            Api.Response refused = api.post("/api/v1/accounts", Map.of("id", id, "code", "C-" + id, "name", "orphan",
                    "type", "ASSET", "currency", "EUR", "parentAccountId", newId("nobody")));

            assertProblem(refused, 404, "accountNotFound", "parentAccountId");
        }
    }
}
