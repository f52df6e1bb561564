package bank.ledger.app.period;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import bank.ledger.app.support.LedgerIntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Year-end closing (docs/periods.md): the year's income and expense into retained earnings as one normal,
 * reversible entry. Each test has its own year of the last century, where no other test posts, so the
 * closing (which takes every INCOME and EXPENSE account of the currency) meets only this test's accounts.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class YearEndClosingIT extends LedgerIntegrationTest {
    @Autowired
    JdbcTemplate jdbc;

    /**
     * The closing reads the account's type and currency from the chart of accounts (rm_account), not from the
     * account's balance (another projection, with its Redis copy): wait until the chart lists the account.
     */
    void awaitInChart(String accountId) {
        String code = "C-" + accountId;
        String path = "/api/v1/accounts?pageSize=1&after=" + code.substring(0, code.length() - 1);
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            Api.Response page = api.get(path);
            JsonNode items = page.status() == 200 ? page.body().get("items") : null;
            return items != null && !items.isEmpty() && accountId.equals(items.get(0).get("id").asString());
        });
    }

    /** A year's books: sales 1000.00 and fees 50.00 earned, rent 300.00 spent, refunds netting to zero. */
    final class Books {
        final Year year = FreshMonths.nextYear(jdbc);
        final String cash = openAccount("ASSET", "EUR", Map.of());
        final String sales = openAccount("INCOME", "EUR", Map.of());
        final String fees = openAccount("INCOME", "EUR", Map.of());
        final String refunds = openAccount("INCOME", "EUR", Map.of());
        final String rent = openAccount("EXPENSE", "EUR", Map.of());
        final String retained = openAccount("EQUITY", "EUR", Map.of());

        Books() {
            post(day(3, 10), cash, "DEBIT", sales, "1000.00");
            post(day(6, 1), rent, "DEBIT", cash, "300.00");
            post(day(7, 1), cash, "DEBIT", refunds, "20.00");
            post(day(7, 2), refunds, "DEBIT", cash, "20.00");
            post(day(12, 31), cash, "DEBIT", fees, "50.00");
            post(year.plusYears(1).atDay(5), cash, "DEBIT", sales, "70.00"); // next year: not this closing's
            // the closing reads the account lines: wait until the statements (that read model) show the year
            awaitClosing(sales, "1000.00");
            awaitClosing(fees, "50.00");
            awaitClosing(rent, "300.00");
            awaitClosing(refunds, "0.00");
            awaitInChart(retained);
        }

        LocalDate day(int month, int dayOfMonth) {
            return year.atMonth(month).atDay(dayOfMonth);
        }

        String lastDay() {
            return year.atMonth(12).atEndOfMonth().toString();
        }

        void post(LocalDate date, String debit, String side, String credit, String amount) {
            Api.Response posted = api.post("/api/v1/journal-entries", Map.of("id", newId("ye"), "effectiveDate",
                    date.toString(), "postings", List.of(line(debit, side, amount), line(credit, "CREDIT", amount))));
            assertThat(posted.status()).as(posted.raw()).isEqualTo(201);
        }

        Api.Response close() {
            return api.as("accountant").post("/api/v1/periods/" + year + "/year-end-closing",
                    Map.of("retainedEarningsAccountId", retained));
        }

        Api.Response reverse() {
            return api.as("accountant").post("/api/v1/periods/" + year + "/year-end-closing/reverse",
                    Map.of("currency", "EUR"));
        }

        /** The account's balance at the year's end, from its statement of the year (the account lines). */
        void awaitClosing(String accountId, String balance) {
            Api.Response[] last = new Api.Response[1];
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
                last[0] = api.get("/api/v1/accounts/" + accountId + "/statement?period=" + year);
                return last[0].status() == 200 && balance.equals(last[0].text("closingBalance"));
            });
        }

        /** The account's row of the year's trial balance, once the whole report balances and the row matches. */
        JsonNode awaitTrialBalanceRow(String accountId, String closingDebit, String closingCredit) {
            String code = "C-" + accountId;
            String path = "/api/v1/reports/trial-balance?period=" + year + "&pageSize=1&after="
                    + code.substring(0, code.length() - 1);
            JsonNode[] row = new JsonNode[1];
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
                Api.Response page = api.get(path);
                if (page.status() != 200 || !page.body().get("balanced").asBoolean()) {
                    return false; // one side of an entry is in, the other a moment away: ask again
                }
                JsonNode items = page.body().get("items");
                row[0] = items.isEmpty() ? null : items.get(0);
                return row[0] != null && row[0].get("accountId").asString().equals(accountId)
                        && closingDebit.equals(row[0].get("closingDebit").asString())
                        && closingCredit.equals(row[0].get("closingCredit").asString());
            });
            return row[0];
        }

        List<String> lines(Api.Response closing) {
            List<String> lines = new ArrayList<>();
            for (JsonNode line : closing.body().get("lines")) {
                lines.add(line.get("accountId").asString() + " " + line.get("side").asString() + " "
                        + line.get("amount").asString());
            }
            return lines;
        }

        List<String> expectedLines() {
            return List.of(sales + " DEBIT 1000.00", fees + " DEBIT 50.00", rent + " CREDIT 300.00",
                    retained + " CREDIT 750.00");
        }
    }

    @Nested
    class Closing_a_year {
        @Test
        void posts_one_entry_on_the_last_day_that_zeroes_income_and_expense_into_retained_earnings() {
            Books books = new Books();

            Api.Response closed = books.close();

            assertThat(closed.status()).as(closed.raw()).isEqualTo(200);
            assertThat(closed.text("outcome")).isEqualTo("POSTED");
            assertThat(closed.text("entryId")).isEqualTo("yec-" + books.year + "-EUR");
            assertThat(closed.text("date")).isEqualTo(books.lastDay());
            assertThat(closed.text("netIncome")).isEqualTo("750.00");
            assertThat(books.lines(closed)).containsExactlyInAnyOrderElementsOf(books.expectedLines());
            books.awaitClosing(books.sales, "0.00");
            books.awaitClosing(books.fees, "0.00");
            books.awaitClosing(books.rent, "0.00");
            books.awaitClosing(books.retained, "750.00");
            books.awaitTrialBalanceRow(books.sales, "0.00", "0.00");
            books.awaitTrialBalanceRow(books.rent, "0.00", "0.00");
            books.awaitTrialBalanceRow(books.retained, "0.00", "750.00");
            Api.Response entry = api.get("/api/v1/journal-entries/yec-" + books.year + "-EUR");
            assertThat(entry.status()).as(entry.raw()).isEqualTo(200);
            assertThat(entry.text("effectiveDate")).isEqualTo(books.lastDay());
        }

        @Test
        void a_rerun_posts_nothing_more_and_answers_the_first_result() {
            Books books = new Books();
            Api.Response first = books.close();
            assertThat(first.text("outcome")).as(first.raw()).isEqualTo("POSTED");
            books.awaitClosing(books.sales, "0.00");

            Api.Response again = books.close();

            assertThat(again.status()).as(again.raw()).isEqualTo(200);
            assertThat(again.text("outcome")).isEqualTo("ALREADY_POSTED");
            assertThat(again.text("entryId")).isEqualTo(first.text("entryId"));
            assertThat(books.lines(again)).containsExactlyInAnyOrderElementsOf(books.expectedLines());
            books.awaitClosing(books.retained, "750.00");
        }

        @Test
        void a_year_without_income_or_expense_posts_nothing() {
            Year empty = FreshMonths.nextYear(jdbc);
            String retained = openAccount("EQUITY", "EUR", Map.of());
            awaitInChart(retained);

            Api.Response closed = api.as("accountant").post("/api/v1/periods/" + empty + "/year-end-closing",
                    Map.of("retainedEarningsAccountId", retained));

            assertThat(closed.status()).as(closed.raw()).isEqualTo(200);
            assertThat(closed.text("outcome")).isEqualTo("NOTHING_TO_POST");
            assertThat(closed.body().get("lines")).isEmpty();
        }
    }

    @Nested
    class Reversing_a_closing {
        @Test
        void restores_the_year_and_the_next_run_posts_anew_under_the_next_generation() {
            Books books = new Books();
            assertThat(books.close().text("outcome")).isEqualTo("POSTED");
            books.awaitClosing(books.sales, "0.00");

            Api.Response reversed = books.reverse();

            assertThat(reversed.status()).as(reversed.raw()).isEqualTo(200);
            assertThat(reversed.text("outcome")).isEqualTo("REVERSED");
            assertThat(reversed.text("reversalEntryId")).isEqualTo("yec-" + books.year + "-EUR-rev");
            assertThat(books.reverse().text("outcome")).isEqualTo("ALREADY_REVERSED");
            books.awaitClosing(books.sales, "1000.00");
            books.awaitClosing(books.rent, "300.00");
            books.awaitClosing(books.retained, "0.00");

            Api.Response again = books.close();
            assertThat(again.status()).as(again.raw()).isEqualTo(200);
            assertThat(again.text("outcome")).isEqualTo("POSTED");
            assertThat(again.text("entryId")).isEqualTo("yec-" + books.year + "-EUR-r1");
            assertThat(books.lines(again)).containsExactlyInAnyOrderElementsOf(books.expectedLines());
            books.awaitClosing(books.sales, "0.00");
            books.awaitClosing(books.retained, "750.00");
        }

        @Test
        void is_refused_periodClosed_once_the_year_is_closed_while_a_rerun_still_answers_the_entry() {
            Books books = new Books();
            assertThat(books.close().text("outcome")).isEqualTo("POSTED");
            Api.Response yearClosed = api.as("accountant").post("/api/v1/periods/" + books.year + "/close", "");
            assertThat(yearClosed.status()).as(yearClosed.raw()).isEqualTo(200);

            assertProblem(books.reverse(), 422, "periodClosed", "effectiveDate");
            assertThat(books.close().text("outcome")).isEqualTo("ALREADY_POSTED");
        }

        @Test
        void with_nothing_posted_answers_nothing_to_reverse() {
            Year empty = FreshMonths.nextYear(jdbc);
            Api.Response reversed = api.as("accountant").post("/api/v1/periods/" + empty
                    + "/year-end-closing/reverse", Map.of("currency", "EUR"));
            assertThat(reversed.status()).as(reversed.raw()).isEqualTo(200);
            assertThat(reversed.text("outcome")).isEqualTo("NOTHING_TO_REVERSE");
        }
    }

    @Nested
    class Refusals {
        Api.Response close(String year, Map<String, Object> body) {
            return api.as("accountant").post("/api/v1/periods/" + year + "/year-end-closing", body);
        }

        @Test
        void a_retained_earnings_account_that_is_not_equity_is_refused_with_its_own_code() {
            String income = openAccount("INCOME", "EUR", Map.of());
            awaitInChart(income);
            assertProblem(close("1950", Map.of("retainedEarningsAccountId", income)), 422,
                    "retainedEarningsNotEquity", "retainedEarningsAccountId");
        }

        @Test
        void a_year_that_has_not_ended_is_refused_periodNotEnded() {
            String retained = openAccount("EQUITY", "EUR", Map.of());
            awaitInChart(retained);
            int thisYear = LocalDate.now(ZoneOffset.UTC).getYear();
            assertProblem(close(Integer.toString(thisYear), Map.of("retainedEarningsAccountId", retained)), 422,
                    "periodNotEnded", "year");
            assertProblem(close(Integer.toString(thisYear + 1), Map.of("retainedEarningsAccountId", retained)), 422,
                    "periodNotEnded", "year");
        }

        @Test
        void a_malformed_or_out_of_calendar_year_is_refused() {
            Map<String, Object> body = Map.of("retainedEarningsAccountId", "re");
            assertProblem(close("26", body), 400, "invalidField", "year");
            assertProblem(close("2025-12", body), 400, "invalidField", "year");
            assertProblem(close("1899", body), 400, "dateOutOfRange", "year");
        }

        @Test
        void an_unknown_account_or_another_currency_is_refused_by_field() {
            assertProblem(close("1950", Map.of("retainedEarningsAccountId", newId("nobody"))), 404,
                    "accountNotFound", "retainedEarningsAccountId");
            String retained = openAccount("EQUITY", "EUR", Map.of());
            awaitInChart(retained);
            assertProblem(close("1950", Map.of("retainedEarningsAccountId", retained, "currency", "USD")), 422,
                    "currencyMismatch", "currency");
        }

        @Test
        void an_auditor_may_not_run_it() {
            assertThat(api.as("auditor").post("/api/v1/periods/1950/year-end-closing",
                    Map.of("retainedEarningsAccountId", "re")).status()).isEqualTo(403);
        }
    }
}
