package bank.ledger.app.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Account statements with running balances, balances at a date and "as known at", through the API. */
class AccountStatementAndTimeTravelIT extends ReadModelTestSupport {

    @Nested
    class AccountStatement {
        @Test
        void a_statement_runs_from_the_opening_balance_through_every_line_to_the_closing_balance() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            String income = openAccount("INCOME", "EUR", Map.of());
            post("2026-01-15", cash, income, "100.00");
            post("2026-02-03", cash, income, "30.00");
            post("2026-02-10", income, cash, "12.50");
            post("2026-03-05", cash, income, "1.00");
            awaitBalanceAt(cash, "2026-12-31", "118.50");

            Api.Response statement = awaitDescribed("/api/v1/accounts/" + cash + "/statement?from=2026-02-01&to=2026-02-28");

            assertThat(statement.status()).as(statement.raw()).isEqualTo(200);
            assertThat(statement.text("openingBalance")).isEqualTo("100.00");
            assertThat(statement.text("periodDebits")).isEqualTo("30.00");
            assertThat(statement.text("periodCredits")).isEqualTo("12.50");
            assertThat(statement.text("closingBalance")).isEqualTo("117.50");
            JsonNode lines = statement.body().get("lines");
            assertThat(lines).hasSize(2);
            assertThat(lines.get(0).get("debit").asString()).isEqualTo("30.00");
            assertThat(lines.get(0).get("runningBalance").asString()).isEqualTo("130.00");
            assertThat(lines.get(1).get("credit").asString()).isEqualTo("12.50");
            assertThat(lines.get(1).get("runningBalance").asString()).isEqualTo("117.50");
            assertThat(lines.get(1).get("description").asString()).isEqualTo("entry of 2026-02-10");
            assertThat(statement.text("next")).isNull();
        }

        @Test
        void a_credit_normal_account_shows_its_balance_on_the_credit_side() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            String deposits = openAccount("LIABILITY", "EUR", Map.of());
            post("2026-04-01", cash, deposits, "80.00");
            post("2026-04-02", deposits, cash, "20.00");
            awaitBalanceAt(deposits, "2026-04-30", "60.00");

            Api.Response statement = api.get("/api/v1/accounts/" + deposits + "/statement?from=2026-04-01&to=2026-04-30");

            assertThat(statement.text("openingBalance")).isEqualTo("0.00");
            assertThat(statement.body().get("lines").get(0).get("runningBalance").asString()).isEqualTo("80.00");
            assertThat(statement.text("closingBalance")).isEqualTo("60.00");
        }

        @Test
        void statement_totals_agree_with_the_account_balance() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            String income = openAccount("INCOME", "EUR", Map.of());
            post("2026-05-01", cash, income, "7.25");
            post("2026-05-20", cash, income, "2.75");
            post("2026-06-01", income, cash, "1.00");
            Api.Response account = awaitAccount(cash, r -> "9.00".equals(r.text("balance")));
            awaitBalanceAt(cash, "2026-06-30", "9.00");

            Api.Response statement = api.get("/api/v1/accounts/" + cash + "/statement?from=2000-01-01&to=2099-12-31");

            assertThat(statement.text("closingBalance")).isEqualTo(account.text("balance"));
            assertThat(statement.text("periodDebits")).isEqualTo(account.text("debitsPosted"));
            assertThat(statement.text("periodCredits")).isEqualTo(account.text("creditsPosted"));
        }

        @Test
        void pages_carry_the_running_balance_on_from_one_page_to_the_next() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            String income = openAccount("INCOME", "EUR", Map.of());
            post("2026-07-01", cash, income, "1.00");
            post("2026-07-02", cash, income, "2.00");
            post("2026-07-03", cash, income, "4.00");
            awaitBalanceAt(cash, "2026-07-31", "7.00");
            String path = "/api/v1/accounts/" + cash + "/statement?from=2026-07-01&to=2026-07-31&pageSize=2";

            Api.Response first = api.get(path);
            Api.Response second = api.get(path + "&after=" + first.text("next"));

            assertThat(first.body().get("lines")).hasSize(2);
            assertThat(first.text("next")).isNotNull();
            assertThat(second.text("pageOpeningBalance")).isEqualTo("3.00");
            assertThat(second.body().get("lines").get(0).get("runningBalance").asString()).isEqualTo("7.00");
            assertThat(second.text("next")).isNull();
            assertThat(second.text("closingBalance")).isEqualTo("7.00");
        }

        @Test
        void the_page_size_is_bounded_and_the_period_must_run_forwards() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            String base = "/api/v1/accounts/" + cash + "/statement?from=2026-07-01&to=2026-07-31";
            awaitInReadModel(cash);

            assertThat(api.get(base + "&pageSize=500").status()).isEqualTo(200);
            assertProblem(api.get(base + "&pageSize=501"), 400, "invalidField", "pageSize");
            assertProblem(api.get("/api/v1/accounts/" + cash + "/statement?from=2026-07-02&to=2026-07-01"),
                    400, "invalidField", "to");
            assertProblem(api.get("/api/v1/accounts/" + cash + "/statement?from=2026-13-01&to=2026-07-01"),
                    400, "invalidField", "from");
            assertProblem(api.get(base + "&after=yesterday"), 400, "invalidField", "after");
            assertProblem(api.get("/api/v1/accounts/" + newId("nobody") + "/statement?from=2026-07-01&to=2026-07-31"),
                    404, "accountNotFound", "id");
        }

        @Test
        void the_csv_download_holds_the_same_lines_and_balances() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            String income = openAccount("INCOME", "EUR", Map.of());
            post("2026-08-01", cash, income, "5.00");
            post("2026-08-09", income, cash, "1.50");
            awaitBalanceAt(cash, "2026-08-31", "3.50");

            Api.Response csv = api.get("/api/v1/accounts/" + cash + "/statement.csv?from=2026-08-01&to=2026-08-31");

            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.contentType()).startsWith("text/csv");
            String[] rows = csv.raw().split("\r\n");
            assertThat(rows).hasSize(5);
            assertThat(rows[0]).startsWith("effectiveDate,recordedAt,entryId,description,debit,credit,runningBalance");
            assertThat(rows[1]).contains("\"opening balance\"").contains("\"0.00\"");
            assertThat(rows[2]).startsWith("\"2026-08-01\"").contains("\"5.00\",\"0.00\",\"5.00\",\"EUR\"");
            assertThat(rows[3]).contains("\"3.50\"");
            assertThat(rows[4]).contains("\"closing balance\"").endsWith("\"3.50\",\"EUR\",");
        }
    }

    @Nested
    class BackDatedEntries {
        @Test
        void a_back_dated_entry_takes_its_place_in_the_statement_and_moves_the_later_running_balances() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            String income = openAccount("INCOME", "EUR", Map.of());
            post("2026-03-20", cash, income, "10.00");
            awaitBalanceAt(cash, "2026-03-31", "10.00");
            post("2026-03-10", cash, income, "5.00");
            awaitBalanceAt(cash, "2026-03-31", "15.00");

            JsonNode lines = api.get("/api/v1/accounts/" + cash + "/statement?from=2026-03-01&to=2026-03-31")
                    .body().get("lines");

            assertThat(lines.get(0).get("effectiveDate").asString()).isEqualTo("2026-03-10");
            assertThat(lines.get(0).get("runningBalance").asString()).isEqualTo("5.00");
            assertThat(lines.get(1).get("effectiveDate").asString()).isEqualTo("2026-03-20");
            assertThat(lines.get(1).get("runningBalance").asString()).isEqualTo("15.00");
        }

        @Test
        void the_balance_on_31_march_counts_a_back_dated_entry_but_not_as_the_books_stood_before_it() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            String income = openAccount("INCOME", "EUR", Map.of());
            String booksAsTheyStood = post("2026-03-10", cash, income, "40.00").text("recordedAt");
            awaitBalanceAt(cash, "2026-03-31", "40.00");
            post("2026-03-20", cash, income, "2.00");
            awaitBalanceAt(cash, "2026-03-31", "42.00");
            String balanceAt = "/api/v1/accounts/" + cash + "/balance-at?date=2026-03-31";

            Api.Response asKnownThen = api.get(balanceAt + "&asKnownAt=" + booksAsTheyStood);
            Api.Response asKnownNow = api.get(balanceAt);
            Api.Response beforeIt = api.get("/api/v1/accounts/" + cash + "/balance-at?date=2026-03-15");

            assertThat(asKnownThen.text("balance")).as(asKnownThen.raw()).isEqualTo("40.00");
            assertThat(asKnownNow.text("balance")).isEqualTo("42.00");
            assertThat(asKnownNow.text("debitsPosted")).isEqualTo("42.00");
            assertThat(beforeIt.text("balance")).isEqualTo("40.00");
        }

        @Test
        void a_statement_as_known_at_a_time_leaves_out_what_was_recorded_later() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            String income = openAccount("INCOME", "EUR", Map.of());
            String then = post("2026-09-10", cash, income, "3.00").text("recordedAt");
            post("2026-09-05", cash, income, "1.00");
            awaitBalanceAt(cash, "2026-09-30", "4.00");

            Api.Response statement = api.get("/api/v1/accounts/" + cash
                    + "/statement?from=2026-09-01&to=2026-09-30&asKnownAt=" + then);

            assertThat(statement.body().get("lines")).hasSize(1);
            assertThat(statement.text("closingBalance")).isEqualTo("3.00");
        }

        @Test
        void a_malformed_as_known_at_is_refused() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            awaitInReadModel(cash);

            assertProblem(api.get("/api/v1/accounts/" + cash + "/balance-at?date=2026-03-31&asKnownAt=5-April"),
                    400, "invalidField", "asKnownAt");
            assertProblem(api.get("/api/v1/accounts/" + cash + "/balance-at"), 400, "invalidField", "date");
        }
    }
}
