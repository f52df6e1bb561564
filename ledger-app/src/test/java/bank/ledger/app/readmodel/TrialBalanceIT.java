package bank.ledger.app.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The trial balance at a date: per account and per currency, and an alarm when it does not balance. */
class TrialBalanceIT extends ReadModelTestSupport {
    @Autowired
    JdbcTemplate jdbc;

    private JsonNode rowOf(String accountId, String date) {
        return reportRowOf("/api/v1/reports/trial-balance?date=" + date, accountId);
    }

    @Nested
    class FindTrialBalance {
        @Test
        void every_currency_balances_and_each_account_shows_on_its_own_side() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            String income = openAccount("INCOME", "EUR", Map.of());
            String yenCash = openAccount("ASSET", "JPY", Map.of());
            String yenIncome = openAccount("INCOME", "JPY", Map.of());
            post("2026-10-01", cash, income, "25.00");
            post("2026-10-02", yenCash, yenIncome, "1500");
            awaitBalanceAt(income, "2026-10-31", "25.00");
            awaitBalanceAt(yenIncome, "2026-10-31", "1500");
            awaitBalanceAt(yenCash, "2026-10-31", "1500");

            Api.Response report = api.get("/api/v1/reports/trial-balance?date=2026-10-31");

            assertThat(report.status()).as(report.raw()).isEqualTo(200);
            assertThat(report.body().get("balanced").asBoolean()).isTrue();
            for (JsonNode currency : report.body().get("currencies")) {
                assertThat(currency.get("debitBalances").asString()).isEqualTo(currency.get("creditBalances").asString());
            }
            assertThat(rowOf(cash, "2026-10-31").get("debit").asString()).isEqualTo("25.00");
            assertThat(rowOf(income, "2026-10-31").get("credit").asString()).isEqualTo("25.00");
            assertThat(rowOf(income, "2026-10-31").get("debit").asString()).isEqualTo("0.00");
            assertThat(rowOf(yenCash, "2026-10-31").get("debit").asString()).isEqualTo("1500");
        }

        @Test
        void an_account_whose_first_entry_is_later_than_the_date_is_not_in_it() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            String income = openAccount("INCOME", "EUR", Map.of());
            post("2026-10-15", cash, income, "3.00");
            awaitBalanceAt(cash, "2026-10-31", "3.00");

            JsonNode before = rowOf(cash, "2026-10-14");
            JsonNode on = rowOf(cash, "2026-10-15");

            assertThat(before == null ? null : before.get("accountId").asString()).isNotEqualTo(cash);
            assertThat(on.get("accountId").asString()).isEqualTo(cash);
        }

        @Test
        void a_trial_balance_that_does_not_balance_is_an_alarm_not_a_number() {
            String rogue = newId("rogue");
            // A read model broken behind the ledger's back: one line with no other side, on a date nobody uses.
            jdbc.update("""
                    insert into rm_account_line (account_id, sequence, entry_id, currency, effective_date, recorded_at,
                        change_debits_posted, change_credits_posted, change_debits_pending, change_credits_pending,
                        total_debits_posted, total_credits_posted, total_debits_pending, total_credits_pending)
                    values (?, 0, ?, 'EUR', date '1900-01-01', now() - interval '1 minute', 100, 0, 0, 0, 100, 0, 0, 0)""",
                    rogue, rogue);
            try {
                Api.Response alarm = api.get("/api/v1/reports/trial-balance?date=1900-01-01");
                Api.Response asKnownBeforeTheRogueLine = api.get("/api/v1/reports/trial-balance?date=1900-01-01&asKnownAt=1999-01-01T00:00:00Z");

                assertThat(alarm.status()).as(alarm.raw()).isEqualTo(500);
                assertThat(alarm.contentType()).startsWith("application/problem+json");
                assertThat(alarm.text("code")).isEqualTo("trialBalanceOutOfBalance");
                assertThat(alarm.body().get("unbalanced").get(0).get("difference").asString()).isEqualTo("1.00");
                assertThat(asKnownBeforeTheRogueLine.status()).isEqualTo(200);
            } finally {
                jdbc.update("delete from rm_account_line where account_id = ?", rogue);
            }
        }

        @Test
        void one_side_of_an_entry_recorded_a_moment_ago_is_the_read_model_catching_up_not_an_alarm() {
            String half = newId("half");
            // what the lines projection holds for a moment when an entry's two accounts sit in two segments
            jdbc.update("""
                    insert into rm_account_line (account_id, sequence, entry_id, currency, effective_date, recorded_at,
                        change_debits_posted, change_credits_posted, change_debits_pending, change_credits_pending,
                        total_debits_posted, total_credits_posted, total_debits_pending, total_credits_pending)
                    values (?, 0, ?, 'EUR', date '1900-01-02', now(), 100, 0, 0, 0, 100, 0, 0, 0)""", half, half);
            try {
                Api.Response catchingUp = api.get("/api/v1/reports/trial-balance?date=1900-01-02");

                assertThat(catchingUp.status()).as(catchingUp.raw()).isEqualTo(503);
                assertThat(catchingUp.text("code")).isEqualTo("readModelCatchingUp");
                assertThat(catchingUp.header("Retry-After")).isEqualTo("1");
            } finally {
                jdbc.update("delete from rm_account_line where account_id = ?", half);
            }
        }

        @Test
        void the_date_is_required_and_the_page_size_bounded() {
            assertProblem(api.get("/api/v1/reports/trial-balance"), 400, "invalidField", "date");
            assertProblem(api.get("/api/v1/reports/trial-balance?date=2026-10-31&pageSize=501"), 400,
                    "invalidField", "pageSize");
            assertThat(api.get("/api/v1/reports/trial-balance?date=2026-10-31&pageSize=500").status()).isEqualTo(200);
        }
    }
}
