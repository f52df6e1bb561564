package bank.ledger.app.period;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import bank.ledger.app.support.LedgerIntegrationTest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Closing a month over the API, and what it refuses afterwards. Each test closes its own random month of
 * the last century, so no other test (they post in 2026) ever meets a closed period.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AccountingPeriodIT extends LedgerIntegrationTest {
    @Autowired
    JdbcTemplate jdbc;
    private Api accountant;
    private YearMonth month;
    private String cash;
    private String sales;
    private String posted;
    private String hold;

    @BeforeEach
    void postIntoAMonthThenCloseIt() {
        accountant = api.as("accountant");
        month = FreshMonths.next(jdbc);
        cash = openAccount("ASSET", "EUR", Map.of());
        sales = openAccount("INCOME", "EUR", Map.of());
        posted = newId("before-close");
        hold = newId("hold");
        assertThat(postOn(posted, month.atDay(10), false).status()).isEqualTo(201);
        assertThat(postOn(hold, month.atDay(11), true).status()).isEqualTo(201);
        Api.Response closed = accountant.post("/api/v1/periods/" + month + "/close", "");
        assertThat(closed.status()).as(closed.raw()).isEqualTo(200);
        assertThat(closed.text("status")).isEqualTo("CLOSED");
    }

    private Api.Response postOn(String id, LocalDate date, boolean pending) {
        Map<String, Object> body = new HashMap<>(Map.of("id", id, "effectiveDate", date.toString(), "description",
                "period test", "postings", List.of(line(cash, "DEBIT", "10.00"), line(sales, "CREDIT", "10.00"))));
        body.put("pending", pending);
        return accountant.post("/api/v1/journal-entries", body);
    }

    @Nested
    class After_closing_a_month {
        @Test
        void a_back_dated_entry_on_its_last_day_is_refused_periodClosed() {
            assertProblem(postOn(newId("late"), month.atEndOfMonth(), false), 422, "periodClosed", "effectiveDate");
        }

        @Test
        void a_hold_dated_in_it_is_refused() {
            assertProblem(postOn(newId("late-hold"), month.atDay(1), true), 422, "periodClosed", "effectiveDate");
        }

        @Test
        void posting_a_hold_of_it_is_refused_unless_dated_in_an_open_period() {
            assertProblem(accountant.post("/api/v1/journal-entries/" + hold + "/post", ""), 422, "periodClosed",
                    "effectiveDate");
            Api.Response later = accountant.post("/api/v1/journal-entries/" + hold + "/post",
                    Map.of("effectiveDate", month.plusMonths(1).atDay(1).toString()));
            assertThat(later.status()).as(later.raw()).isEqualTo(200);
        }

        @Test
        void a_reversal_dated_in_it_is_refused_and_one_dated_today_passes() {
            assertProblem(accountant.post("/api/v1/journal-entries/" + posted + "/reverse",
                    Map.of("id", newId("rev"), "effectiveDate", month.atDay(20).toString())), 422, "periodClosed",
                    "effectiveDate");
            Api.Response today = accountant.post("/api/v1/journal-entries/" + posted + "/reverse",
                    Map.of("id", newId("rev")));
            assertThat(today.status()).as(today.raw()).isEqualTo(201);
        }

        @Test
        void an_entry_dated_the_first_day_after_it_passes() {
            assertThat(postOn(newId("next"), month.plusMonths(1).atDay(1), false).status()).isEqualTo(201);
        }

        @Test
        void a_retry_of_an_entry_posted_before_the_close_answers_it_again() {
            assertThat(postOn(posted, month.atDay(10), false).status()).isEqualTo(200);
        }

        @Test
        void closing_it_again_answers_the_closed_period() {
            Api.Response again = accountant.post("/api/v1/periods/" + month + "/close", "");
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.body().get("replayed").asBoolean()).isTrue();
        }

        @Test
        void the_list_of_periods_shows_it_closed() {
            Api.Response list = api.as("auditor").get("/api/v1/periods?before=" + month.plusMonths(1).atDay(1)
                    + "&pageSize=5");
            assertThat(list.status()).as(list.raw()).isEqualTo(200);
            JsonNode first = list.body().get("items").get(0);
            assertThat(first.get("periodId").asString()).isEqualTo(month.toString());
            assertThat(first.get("lastDay").asString()).isEqualTo(month.atEndOfMonth().toString());
        }
    }

    @Nested
    class Closing_a_period {
        @Test
        void the_current_month_is_refused_periodNotEnded() {
            assertProblem(accountant.post("/api/v1/periods/" + YearMonth.now(ZoneOffset.UTC) + "/close", ""), 422,
                    "periodNotEnded", "periodId");
        }

        @Test
        void a_malformed_or_hostile_period_is_refused_invalidField() {
            assertProblem(accountant.post("/api/v1/periods/2026-13/close", ""), 400, "invalidField", "periodId");
            Api.Response nul = accountant.post("/api/v1/periods/2026%00/close", "");
            assertThat(nul.status()).isEqualTo(400); // the edge refuses a NUL in a path before any controller
            assertThat(nul.contentType()).startsWith("application/problem+json");
            assertProblem(accountant.post("/api/v1/periods/" + "9".repeat(2000) + "/close", ""), 400, "invalidField",
                    "periodId");
        }

        @Test
        void an_auditor_may_not_close_or_reopen() {
            assertThat(api.as("auditor").post("/api/v1/periods/" + month.minusMonths(1) + "/close", "").status())
                    .isEqualTo(403);
            assertThat(api.as("auditor").post("/api/v1/periods/" + month + "/reopen", Map.of("reason", "x"))
                    .status()).isEqualTo(403);
        }
    }

    @Nested
    class Reopening_a_period {
        @Test
        void is_held_for_a_second_person_and_then_takes_entries_again() {
            Api.Response held = accountant.post("/api/v1/periods/" + month + "/reopen",
                    Map.of("reason", "supplier invoice booked late"));
            assertThat(held.status()).as(held.raw()).isEqualTo(202);
            String approvalId = held.text("approvalId");
            assertProblem(postOn(newId("still-closed"), month.atDay(15), false), 422, "periodClosed",
                    "effectiveDate");

            assertThat(accountant.post("/api/v1/approvals/" + approvalId + "/approve", "").status()).isEqualTo(403);
            Api.Response approved = api.post("/api/v1/approvals/" + approvalId + "/approve", "");
            assertThat(approved.status()).as(approved.raw()).isEqualTo(200);
            assertThat(approved.text("status")).isEqualTo("OPEN");

            assertThat(postOn(newId("reopened"), month.atDay(15), false).status()).isEqualTo(201);
        }

        @Test
        void needs_a_reason() {
            assertProblem(accountant.post("/api/v1/periods/" + month + "/reopen", Map.of("reason", " ")), 400,
                    "invalidField", "reason");
            assertProblem(accountant.post("/api/v1/periods/" + month + "/reopen", "{}"), 400, "invalidField",
                    "reason");
        }

        @Test
        void a_period_that_is_not_closed_is_refused_periodNotClosed() {
            assertProblem(accountant.post("/api/v1/periods/" + month.minusMonths(1) + "/reopen",
                    Map.of("reason", "why not")), 409, "periodNotClosed", "periodId");
        }
    }
}
