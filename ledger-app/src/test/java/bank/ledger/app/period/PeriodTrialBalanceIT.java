package bank.ledger.app.period;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import bank.ledger.app.support.LedgerIntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The trial balance of one period: balances carried forward from before it, its movements, closing
 * balances; and the period as it was known when it was closed. Each test uses its own month of the last
 * century, where no other test posts.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PeriodTrialBalanceIT extends LedgerIntegrationTest {
    @Autowired
    JdbcTemplate jdbc;
    private YearMonth month;
    private String cash;
    private String sales;

    @BeforeEach
    void postAroundAMonth() {
        month = FreshMonths.next(jdbc);
        cash = openAccount("ASSET", "EUR", Map.of());
        sales = openAccount("INCOME", "EUR", Map.of());
        post(month.minusMonths(1).atEndOfMonth(), "100.00");
        post(month.atDay(1), "30.00");
        post(month.plusMonths(1).atDay(1), "5.00");
    }

    private void post(LocalDate date, String amount) {
        Api.Response posted = api.post("/api/v1/journal-entries", Map.of("id", newId("tb"), "effectiveDate",
                date.toString(), "postings", List.of(line(cash, "DEBIT", amount), line(sales, "CREDIT", amount))));
        assertThat(posted.status()).as(posted.raw()).isEqualTo(201);
    }

    /** The account's row of the period's report, once the read model shows what the test expects. */
    private JsonNode awaitRow(String period, String asKnownAt, String accountId, Predicate<JsonNode> until) {
        String code = "C-" + accountId;
        String path = "/api/v1/reports/trial-balance?period=" + period + "&pageSize=1&after="
                + code.substring(0, code.length() - 1) + (asKnownAt == null ? "" : "&asKnownAt=" + asKnownAt);
        JsonNode[] row = new JsonNode[1];
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            Api.Response page = api.get(path);
            if (page.status() == 503 && "readModelCatchingUp".equals(page.text("code"))) {
                return false; // one side of an entry is in, the other a moment away: ask again
            }
            assertThat(page.status()).as(page.raw()).isEqualTo(200);
            assertThat(page.body().get("balanced").asBoolean()).isTrue();
            JsonNode items = page.body().get("items");
            row[0] = items.isEmpty() ? null : items.get(0);
            return row[0] != null && row[0].get("accountId").asString().equals(accountId) && until.test(row[0]);
        });
        return row[0];
    }

    private static Predicate<JsonNode> closingDebit(String amount) {
        return row -> amount.equals(row.get("closingDebit").asString());
    }

    @Nested
    class Trial_balance_of_a_month {
        @Test
        void carries_the_balance_forward_and_shows_only_the_month_s_movements() {
            JsonNode row = awaitRow(month.toString(), null, cash, closingDebit("130.00"));
            assertThat(row.get("openingDebit").asString()).isEqualTo("100.00");
            assertThat(row.get("debits").asString()).isEqualTo("30.00");
            assertThat(row.get("credits").asString()).isEqualTo("0.00");
            JsonNode income = awaitRow(month.toString(), null, sales, r -> true);
            assertThat(income.get("openingCredit").asString()).isEqualTo("100.00");
            assertThat(income.get("credits").asString()).isEqualTo("30.00");
            assertThat(income.get("closingCredit").asString()).isEqualTo("130.00");
        }

        @Test
        void the_next_month_opens_with_the_month_s_closing_balance() {
            JsonNode next = awaitRow(month.plusMonths(1).toString(), null, cash, closingDebit("135.00"));
            assertThat(next.get("openingDebit").asString()).isEqualTo("130.00");
            assertThat(next.get("debits").asString()).isEqualTo("5.00");
        }

        @Test
        void a_quarter_or_a_year_sums_its_months() {
            JsonNode year = awaitRow(String.valueOf(month.getYear()), null, cash,
                    month.getMonthValue() == 12 ? closingDebit("135.00") : r -> true);
            assertThat(year.get("openingDebit").asString()).isEqualTo("0.00");
        }

        @Test
        void a_malformed_period_is_refused_invalidField() {
            assertProblem(api.get("/api/v1/reports/trial-balance?period=2026-Q9"), 400, "invalidField", "period");
        }
    }

    @Nested
    class Statement_of_a_month {
        @Test
        void opens_with_the_balance_carried_forward_and_lists_only_the_month_s_lines() {
            awaitRow(month.toString(), null, cash, closingDebit("130.00"));
            Api.Response statement = api.get("/api/v1/accounts/" + cash + "/statement?period=" + month);
            assertThat(statement.status()).as(statement.raw()).isEqualTo(200);
            assertThat(statement.text("from")).isEqualTo(month.atDay(1).toString());
            assertThat(statement.text("to")).isEqualTo(month.atEndOfMonth().toString());
            assertThat(statement.text("openingBalance")).isEqualTo("100.00");
            assertThat(statement.body().get("lines")).hasSize(1);
        }

        @Test
        void a_malformed_period_is_refused_invalidField() {
            assertProblem(api.get("/api/v1/accounts/" + cash + "/statement?period=11-2026"), 400, "invalidField",
                    "period");
        }
    }

    @Nested
    class As_known_when_it_was_closed {
        @Test
        void shows_the_closed_month_without_what_was_posted_after_a_reopening() {
            awaitRow(month.toString(), null, cash, closingDebit("130.00"));
            Api.Response closed = api.as("accountant").post("/api/v1/periods/" + month + "/close", "");
            assertThat(closed.status()).as(closed.raw()).isEqualTo(200);
            String closedAt = closed.text("changedAt");
            String approvalId = api.as("accountant").post("/api/v1/periods/" + month + "/reopen",
                    Map.of("reason", "a late invoice")).text("approvalId");
            assertThat(api.post("/api/v1/approvals/" + approvalId + "/approve", "").status()).isEqualTo(200);
            post(month.atDay(20), "7.00");

            awaitRow(month.toString(), null, cash, closingDebit("137.00"));
            JsonNode asClosed = awaitRow(month.toString(), closedAt, cash, r -> true);
            assertThat(asClosed.get("debits").asString()).isEqualTo("30.00");
            assertThat(asClosed.get("closingDebit").asString()).isEqualTo("130.00");
        }
    }
}
