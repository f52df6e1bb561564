package bank.ledger.app.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import bank.ledger.app.support.LedgerIntegrationTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Schedules end to end: a month of daily interest accrued and posted at the month's end, a fee on a
 * Kuwaiti business day, catch-up after downtime in bounded steps, idempotent re-runs, a race of two
 * runners, pause/resume/cancel, skipped runs, and hostile requests. Dates are relative to today, so the
 * test holds whenever it runs; schedules run by request (the tick is off in the tests).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ScheduleApiIT extends LedgerIntegrationTest {
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    /** The month whose interest is posted: two months back, so it and the next are both over. */
    static final LocalDate MONTH = TODAY.minusMonths(2).withDayOfMonth(1);
    static final Map<String, Object> KUWAIT = Map.of("weekend", List.of("FRIDAY", "SATURDAY"), "holidays", List.of());
    String cash;
    String deposit;
    String current;
    String expense;
    String payable;
    String feeIncome;

    @BeforeEach
    void accounts() {
        cash = openAccount("ASSET", "KWD", Map.of());
        deposit = openAccount("LIABILITY", "KWD", Map.of());
        current = openAccount("LIABILITY", "KWD", Map.of());
        expense = openAccount("EXPENSE", "KWD", Map.of());
        payable = openAccount("LIABILITY", "KWD", Map.of());
        feeIncome = openAccount("INCOME", "KWD", Map.of());
    }

    void post(LocalDate effective, String debit, String credit, String amount) {
        Api.Response posted = api.post("/api/v1/journal-entries", Map.of("id", newId("je"), "effectiveDate",
                effective.toString(), "description", "funding", "postings",
                List.of(line(debit, "DEBIT", amount), line(credit, "CREDIT", amount))));
        assertThat(posted.status()).as(posted.raw()).isEqualTo(201);
    }

    static Map<String, Object> monthEnd(LocalDate start, String roll) {
        return Map.of("frequency", "MONTHLY", "interval", 1, "startDate", start.toString(), "endOfMonth", true,
                "roll", roll);
    }

    String createInterest(String id) {
        Map<String, Object> body = Map.of("id", id, "kind", "INTEREST_ACCRUAL", "description", "Deposit interest",
                "recurrence", monthEnd(MONTH, "NONE"), "calendar", KUWAIT,
                "interest", Map.of("accountId", deposit, "annualRate", "0.05", "dayCount", "ACT_365_FIXED",
                        "debitAccountId", expense, "creditAccountId", payable));
        Api.Response created = api.post("/api/v1/schedules", body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return id;
    }

    String createDaily(String id, LocalDate start, String debit, String credit) {
        Api.Response created = api.post("/api/v1/schedules", Map.of("id", id, "kind", "STANDING_ORDER",
                "description", "Daily sweep", "recurrence", Map.of("frequency", "DAILY", "interval", 1,
                        "startDate", start.toString()), "postings",
                List.of(line(debit, "DEBIT", "1.000"), line(credit, "CREDIT", "1.000"))));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return id;
    }

    Api.Response run(String id, Map<String, Object> body) {
        return api.post("/api/v1/schedules/" + id + "/runs", body);
    }

    JsonNode awaitRuns(String id, int count) {
        JsonNode[] detail = new JsonNode[1];
        Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).pollInterval(java.time.Duration.ofMillis(100))
                .until(() -> {
                    Api.Response got = api.get("/api/v1/schedules/" + id);
                    detail[0] = got.body();
                    return got.status() == 200 && got.body().get("runs").size() == count;
                });
        return detail[0];
    }

    static long exactInterestFils(long filsDays) {
        return new BigDecimal(filsDays).multiply(new BigDecimal("0.05"))
                .divide(new BigDecimal(365), 0, RoundingMode.HALF_EVEN).longValueExact();
    }

    @Nested
    class InterestAndFees {
        @Test
        void a_month_of_daily_interest_is_posted_at_the_month_s_end_and_a_fee_on_a_kuwaiti_business_day() {
            post(MONTH, cash, deposit, "1000.000");
            post(MONTH.plusDays(15), cash, deposit, "500.000");
            post(MONTH, cash, current, "100.000");
            awaitAccount(deposit, r -> "1500.000".equals(r.text("balance")));
            String interest = createInterest(newId("int"));
            String fee = newId("fee");
            assertThat(api.post("/api/v1/schedules", Map.of("id", fee, "kind", "PERIODIC_FEE", "description", "Account fee",
                    "recurrence", monthEnd(MONTH, "MODIFIED_FOLLOWING"), "calendar", KUWAIT, "postings",
                    List.of(line(current, "DEBIT", "2.500"), line(feeIncome, "CREDIT", "2.500")))).status()).isEqualTo(201);
            LocalDate monthEnd = MONTH.withDayOfMonth(MONTH.lengthOfMonth());

            Api.Response interestRun = run(interest, Map.of("upTo", MONTH.plusMonths(1).toString()));
            Api.Response feeRun = run(fee, Map.of("upTo", MONTH.plusMonths(1).toString()));

            long filsDays = 1_000_000L * 15 + 1_500_000L * (MONTH.lengthOfMonth() - 15);
            long expected = exactInterestFils(filsDays);
            assertThat(interestRun.status()).as(interestRun.raw()).isEqualTo(200);
            JsonNode posted = interestRun.body().get("recorded");
            assertThat(posted).hasSize(1);
            assertThat(posted.get(0).get("amountMinor").asLong()).isEqualTo(expected);
            assertThat(posted.get(0).get("entryId").asString()).isEqualTo(interest + "~" + monthEnd);
            assertThat(posted.get(0).get("effectiveDate").asString()).isEqualTo(monthEnd.toString());
            assertThat(interestRun.body().get("more").asBoolean()).isFalse();
            Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() ->
                    api.get("/api/v1/journal-entries/" + interest + "~" + monthEnd).status() == 200);
            String amount = BigDecimal.valueOf(expected, 3).toPlainString();
            awaitAccount(payable, r -> amount.equals(r.text("balance")));

            assertThat(feeRun.status()).as(feeRun.raw()).isEqualTo(200);
            LocalDate feeDate = LocalDate.parse(feeRun.body().get("recorded").get(0).get("effectiveDate").asString());
            assertThat(feeDate.getMonth()).isEqualTo(MONTH.getMonth());
            assertThat(feeDate.getDayOfWeek()).isNotIn(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
            assertThat(feeDate).isAfter(monthEnd.minusDays(3));
            awaitAccount(feeIncome, r -> "2.500".equals(r.text("balance")));
        }

        @Test
        void running_again_posts_nothing_more_and_catching_up_carries_the_rounding_remainder() {
            post(MONTH, cash, deposit, "1000.000");
            awaitAccount(deposit, r -> "1000.000".equals(r.text("balance")));
            String interest = createInterest(newId("int"));
            assertThat(run(interest, Map.of("upTo", MONTH.plusMonths(1).toString())).body().get("recorded")).hasSize(1);

            Api.Response again = run(interest, Map.of("upTo", MONTH.plusMonths(1).toString()));
            Api.Response caughtUp = run(interest, Map.of());

            assertThat(again.body().get("recorded")).isEmpty();
            assertThat(caughtUp.body().get("recorded")).hasSize(1);
            JsonNode detail = awaitRuns(interest, 2);
            long total = 0;
            for (JsonNode r : detail.get("runs")) {
                total += r.get("amountMinor").asLong();
            }
            int days = MONTH.lengthOfMonth() + MONTH.plusMonths(1).lengthOfMonth();
            assertThat(total).as("two months posted with carry equal the two months' exact interest rounded once")
                    .isEqualTo(exactInterestFils(1_000_000L * days));
            assertThat(detail.get("runs").get(0).get("occurrence").asLong()).isEqualTo(1);
            assertThat(detail.get("schedule").get("nextPeriodKey").asString())
                    .isEqualTo(MONTH.plusMonths(2).withDayOfMonth(MONTH.plusMonths(2).lengthOfMonth()).toString());
        }
    }

    @Nested
    class CatchingUp {
        @Test
        void missed_days_are_caught_up_in_bounded_steps_each_once() {
            post(TODAY, cash, current, "100.000");
            String daily = createDaily(newId("sweep"), TODAY.minusDays(9), current, cash);

            Api.Response first = run(daily, Map.of("maxOccurrences", 4));
            Api.Response rest = run(daily, Map.of());

            assertThat(first.body().get("recorded")).hasSize(4);
            assertThat(first.body().get("more").asBoolean()).isTrue();
            assertThat(rest.body().get("recorded")).hasSize(6);
            assertThat(rest.body().get("more").asBoolean()).isFalse();
            assertThat(rest.body().get("nextDueOn").asString()).isEqualTo(TODAY.plusDays(1).toString());
            JsonNode detail = awaitRuns(daily, 10);
            Set<String> entries = new HashSet<>();
            detail.get("runs").forEach(r -> entries.add(r.get("entryId").asString()));
            assertThat(entries).hasSize(10);
        }

        @Test
        void two_runners_at_once_post_each_occurrence_once() {
            post(TODAY, cash, current, "100.000");
            String daily = createDaily(newId("race"), TODAY.minusDays(5), current, cash);

            List<CompletableFuture<Api.Response>> runners = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runners.add(CompletableFuture.supplyAsync(() -> run(daily, Map.of())));
            }
            List<Integer> statuses = runners.stream().map(CompletableFuture::join).map(Api.Response::status).toList();
            run(daily, Map.of());

            assertThat(statuses).allMatch(s -> s == 200 || s == 409);
            JsonNode detail = awaitRuns(daily, 6);
            Set<Long> occurrences = new HashSet<>();
            detail.get("runs").forEach(r -> occurrences.add(r.get("occurrence").asLong()));
            assertThat(occurrences).containsExactlyInAnyOrder(0L, 1L, 2L, 3L, 4L, 5L);
            awaitAccount(current, r -> "94.000".equals(r.text("balance")));
        }
    }

    @Nested
    class Decisions {
        @Test
        void a_refused_entry_is_a_skipped_run_with_the_ledger_s_code() {
            String guarded = openAccount("LIABILITY", "KWD", Map.of("debitsMustNotExceedCredits", true));
            String daily = createDaily(newId("skip"), TODAY, guarded, cash);

            Api.Response ran = run(daily, Map.of());

            JsonNode recorded = ran.body().get("recorded").get(0);
            assertThat(recorded.get("skipReason").asString()).isEqualTo("exceedsCredits");
            assertThat(recorded.hasNonNull("entryId")).isFalse();
        }

        @Test
        void a_paused_schedule_does_not_run_until_resumed_and_a_cancelled_one_never_again() {
            post(TODAY, cash, current, "100.000");
            String daily = createDaily(newId("pause"), TODAY.minusDays(1), current, cash);

            assertThat(api.post("/api/v1/schedules/" + daily + "/pause", Map.of("reason", "customer asked")).status()).isEqualTo(200);
            assertProblem(run(daily, Map.of()), 409, "schedulePaused", null);
            assertThat(api.post("/api/v1/schedules/" + daily + "/resume", Map.of()).status()).isEqualTo(200);
            assertThat(run(daily, Map.of()).body().get("recorded")).hasSize(2);
            assertThat(api.post("/api/v1/schedules/" + daily + "/cancel", Map.of("reason", "closed")).status()).isEqualTo(200);
            assertProblem(run(daily, Map.of()), 409, "scheduleCancelled", null);
            assertProblem(api.post("/api/v1/schedules/" + daily + "/resume", Map.of()), 409, "scheduleCancelled", null);
        }

        @Test
        void the_same_schedule_sent_twice_answers_200_and_other_content_is_a_conflict() {
            String id = newId("twice");
            Map<String, Object> body = new HashMap<>(Map.of("id", id, "kind", "STANDING_ORDER", "description", "Rent",
                    "recurrence", monthEnd(TODAY, "FOLLOWING"), "postings",
                    List.of(line(current, "DEBIT", "5.000"), line(cash, "CREDIT", "5.000"))));
            assertThat(api.post("/api/v1/schedules", body).status()).isEqualTo(201);
            assertThat(api.post("/api/v1/schedules", body).status()).isEqualTo(200);
            body.put("description", "Rent, changed");
            assertProblem(api.post("/api/v1/schedules", body), 409, "idempotencyConflict", "scheduleId");
        }
    }

    @Nested
    class Attacks {
        @Test
        void an_auditor_may_read_but_not_create_or_run_schedules() {
            Api auditor = api.as("auditor");
            String daily = createDaily(newId("role"), TODAY, current, cash);

            assertThat(auditor.post("/api/v1/schedules", Map.of("id", newId("x"))).status()).isEqualTo(403);
            assertThat(auditor.post("/api/v1/schedules/" + daily + "/runs", Map.of()).status()).isEqualTo(403);
            assertThat(auditor.post("/api/v1/schedules/" + daily + "/cancel", Map.of()).status()).isEqualTo(403);
            Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() ->
                    auditor.get("/api/v1/schedules/" + daily).status() == 200);
        }

        @Test
        void a_nul_byte_an_unknown_schedule_a_future_date_and_huge_calendars_are_refused() {
            assertProblem(api.post("/api/v1/schedules", Map.of("id", newId("nul"), "kind", "STANDING_ORDER",
                    "description", "Rent\u0000", "recurrence", monthEnd(TODAY, "NONE"),
                    "postings", List.of(line(current, "DEBIT", "5.000"), line(cash, "CREDIT", "5.000")))),
                    400, "invalidText", "description");
            assertProblem(api.get("/api/v1/schedules/" + newId("nope")), 404, "scheduleNotFound", null);
            assertProblem(run(newId("nope"), Map.of()), 404, "scheduleNotFound", null);
            String daily = createDaily(newId("future"), TODAY, current, cash);
            assertProblem(run(daily, Map.of("upTo", TODAY.plusDays(1).toString())), 400, "invalidField", "upTo");
            assertProblem(run(daily, Map.of("maxOccurrences", 100_000)), 400, "invalidField", "maxOccurrences");
            List<String> holidays = new ArrayList<>();
            for (int i = 0; i <= 1000; i++) {
                holidays.add(TODAY.plusDays(i).toString());
            }
            assertProblem(api.post("/api/v1/schedules", Map.of("id", newId("hol"), "kind", "STANDING_ORDER",
                    "description", "Rent", "recurrence", monthEnd(TODAY, "FOLLOWING"),
                    "calendar", Map.of("weekend", List.of("SATURDAY"), "holidays", holidays),
                    "postings", List.of(line(current, "DEBIT", "5.000"), line(cash, "CREDIT", "5.000")))),
                    400, "invalidField", "calendar.holidays");
            assertProblem(api.post("/api/v1/schedules", Map.of("id", newId("daily-int"), "kind", "INTEREST_ACCRUAL",
                    "description", "Interest", "recurrence", Map.of("frequency", "DAILY", "interval", 1,
                            "startDate", TODAY.toString()),
                    "interest", Map.of("accountId", deposit, "annualRate", "0.05", "dayCount", "ACT_360",
                            "debitAccountId", expense, "creditAccountId", payable))), 400, "invalidRecurrence", "recurrence");
        }

        @Test
        void an_entry_id_taken_by_a_client_before_the_run_is_skipped_never_claimed() {
            post(TODAY, cash, current, "100.000");
            String daily = createDaily(newId("taken"), TODAY, current, cash);
            Api.Response squatted = api.post("/api/v1/journal-entries", Map.of("id", daily + "~" + TODAY, "effectiveDate",
                    TODAY.toString(), "description", "someone else's", "postings",
                    List.of(line(cash, "DEBIT", "9.000"), line(current, "CREDIT", "9.000"))));
            assertThat(squatted.status()).isEqualTo(201);

            Api.Response ran = run(daily, Map.of());

            JsonNode recorded = ran.body().get("recorded").get(0);
            assertThat(recorded.get("skipReason").asString()).isEqualTo("idempotencyConflict");
            assertThat(recorded.hasNonNull("entryId")).isFalse();
        }
    }
}
