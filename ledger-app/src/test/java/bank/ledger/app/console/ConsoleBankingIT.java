package bank.ledger.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.payments.PaymentFlow;
import bank.ledger.app.period.FreshMonths;
import bank.ledger.app.support.Api;
import bank.ledger.app.support.LedgerIntegrationTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The console's banking pages over HTTP (issue 18's operations): accounting periods (close, a reopening held
 * for a second person and approved from the queue, the year-end closing), the FX rate table (paged, a CSV
 * import and its per-line refusal), schedules, payments out, bank account mappings, the suspense runs and
 * claim sweeps, and webhooks created and deleted. For each: who sees it, who may write, a read-only role's
 * forged post (with a valid CSRF token) refused 403, and hostile parameters refused with their code.
 */
class ConsoleBankingIT extends LedgerIntegrationTest {
    private static final Pattern APPROVAL = Pattern.compile("approval <span class=\"mono\">([^<]+)</span>");

    private ConsoleSession signedIn(String role) {
        return ConsoleSession.newPerson(api, port, role, newId("it-bank-" + role).substring(0, 40));
    }

    @Autowired
    JdbcTemplate jdbc;

    /** A year of the 1900s no other test books in or closes (shared with the period tests): this test's alone. */
    private int lonelyYear() {
        return FreshMonths.nextYear(jdbc).getValue();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static void assertRefused(ConsoleSession session, String path, String... codes) {
        ConsoleSession.Page refused = session.get(path);
        assertThat(refused.status()).as(path).isEqualTo(400);
        assertThat(refused.body()).as(path).contains("<h1>Refused</h1>").containsAnyOf(codes);
    }

    @Nested
    class Periods {
        @Test
        void an_accountant_closes_a_month_and_its_reopening_waits_in_the_queue_until_another_approves_it() {
            String month = FreshMonths.next(jdbc).toString();
            ConsoleSession maker = signedIn("accountant");
            assertThat(maker.get("/console/periods").body()).contains("data-test=\"close-form\"", "data-test=\"reopen-form\"");

            ConsoleSession.Page closed = maker.post("/console/periods/close", Map.of("periodId", month));
            assertThat(closed.status()).isEqualTo(302);
            assertThat(maker.get("/console/periods").body()).contains("period " + month + " is closed", ">" + month + "<");

            ConsoleSession.Page asked = maker.post("/console/periods/reopen", Map.of("periodId", month,
                    "reason", "invoice 4711 belongs to it"));
            assertThat(asked.status()).isEqualTo(302);
            String page = maker.get("/console/periods").body();
            Matcher held = APPROVAL.matcher(page);
            assertThat(held.find()).as(page).isTrue();
            assertThat(page).contains(">" + month + "<"); // still closed: held, not done

            ConsoleSession checker = signedIn("accountant");
            assertThat(checker.get("/console/operations/approvals").body()).contains(held.group(1));
            assertThat(checker.post("/console/operations/approvals/" + held.group(1) + "/approve", Map.of()).status())
                    .isEqualTo(302);
            assertThat(checker.get("/console/operations/approvals").body()).contains(held.group(1) + " approved");
            assertThat(checker.get("/console/periods").body()).doesNotContain(">" + month + "<");
        }

        @Test
        void a_refused_close_or_year_end_shows_its_code_beside_its_form() {
            ConsoleSession accountant = signedIn("accountant");
            accountant.get("/console/periods");
            // a NUL byte reached the event store as the period's stream name before the console checked the name
            for (String hostile : List.of("2026-13", "x\u0000", "2026-11\u0000", "not a period", "9".repeat(500), "1800-01")) {
                ConsoleSession.Page refused = accountant.post("/console/periods/close", Map.of("periodId", hostile));
                assertThat(refused.status()).as(hostile).isIn(400, 422);
                assertThat(refused.body()).as(hostile).contains("data-test=\"refusal\"")
                        .containsAnyOf("invalidField", "dateOutOfRange");
            }
            ConsoleSession.Page running = accountant.post("/console/periods/close",
                    Map.of("periodId", LocalDate.now(ZoneOffset.UTC).toString().substring(0, 7)));
            assertThat(running.body()).contains("periodNotEnded");
            ConsoleSession.Page noReason = accountant.post("/console/periods/reopen", Map.of("periodId", "1901-01", "reason", ""));
            assertThat(noReason.body()).containsAnyOf("invalidField", "periodNotClosed");

            String asset = openAccount("ASSET", "EUR", Map.of());
            ConsoleSession.Page notEquity = accountant.post("/console/periods/year-end-closing",
                    Map.of("year", String.valueOf(lonelyYear()), "retainedEarningsAccountId", asset, "currency", ""));
            assertThat(notEquity.status()).isEqualTo(422);
            assertThat(notEquity.body()).contains("retainedEarningsNotEquity");
            ConsoleSession.Page noCurrency = accountant.post("/console/periods/year-end-closing/reverse",
                    Map.of("year", String.valueOf(lonelyYear()), "currency", ""));
            assertThat(noCurrency.body()).contains("invalidField");
            for (Map<String, String> hostile : List.of(Map.of("year", "1901\u0000", "retainedEarningsAccountId", asset),
                    Map.of("year", "1901", "retainedEarningsAccountId", "re\u0000x"), Map.of("year", "1901-Q4",
                    "retainedEarningsAccountId", asset), Map.of("year", "1901", "retainedEarningsAccountId", asset,
                    "currency", "E\u0000R"))) {
                ConsoleSession.Page refused = accountant.post("/console/periods/year-end-closing", hostile);
                assertThat(refused.status()).as(hostile.toString()).isIn(400, 422);
                assertThat(refused.body()).as(hostile.toString()).containsAnyOf("invalidField", "invalidId",
                        "invalidText", "currencyMismatch", "retainedEarningsNotEquity");
            }
        }

        @Test
        void a_year_end_closing_runs_and_reverses_from_the_console() {
            String equity = openAccount("EQUITY", "EUR", Map.of());
            String year = String.valueOf(lonelyYear());
            ConsoleSession accountant = signedIn("accountant");
            accountant.get("/console/periods");
            assertThat(accountant.post("/console/periods/year-end-closing", Map.of("year", year,
                    "retainedEarningsAccountId", equity, "currency", "EUR")).status()).isEqualTo(302);
            assertThat(accountant.get("/console/periods").body()).contains("year-end closing " + year + " EUR: NOTHING_TO_POST",
                    "data-test=\"closing\"");
            assertThat(accountant.post("/console/periods/year-end-closing/reverse", Map.of("year", year,
                    "currency", "EUR")).status()).isEqualTo(302);
            assertThat(accountant.get("/console/periods").body()).contains("NOTHING_TO_REVERSE");
        }

        @Test
        void an_auditor_reads_the_periods_and_every_forged_period_post_is_refused() {
            ConsoleSession auditor = signedIn("auditor");
            ConsoleSession.Page page = auditor.get("/console/periods");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("data-test=\"periods\"").doesNotContain("close-form", "reopen-form",
                    "year-end-form");
            for (String forged : List.of("/console/periods/close", "/console/periods/reopen",
                    "/console/periods/year-end-closing", "/console/periods/year-end-closing/reverse")) {
                assertThat(auditor.post(forged, Map.of("periodId", "1901-01", "year", "1901", "reason", "x"))
                        .status()).as(forged).isEqualTo(403);
            }
            assertRefused(auditor, "/console/periods?before=abc", "invalidField");
            assertRefused(auditor, "/console/periods?before=" + encode("2026-01-01\u0000"), "invalidField");
            assertRefused(auditor, "/console/periods?before=1800-01-01", "dateOutOfRange");
        }
    }

    @Nested
    class FxRates {
        @Test
        void an_accountant_imports_a_file_and_reads_it_back_fifty_rates_a_page() {
            int year = lonelyYear();
            StringBuilder csv = new StringBuilder("base,quote,rate,effectiveDate\n");
            LocalDate first = LocalDate.of(year, 1, 1);
            for (int day = 0; day < 55; day++) {
                csv.append("USD,KWD,0.30").append(String.format("%02d", day)).append(',').append(first.plusDays(day)).append('\n');
            }
            ConsoleSession accountant = signedIn("accountant");
            assertThat(accountant.get("/console/fx-rates").body()).contains("data-test=\"import-form\"");
            String importId = "fx-it-" + UUID.randomUUID();
            ConsoleSession.Page imported = accountant.postFile("/console/fx-rates/imports?id=" + importId + "&source=it",
                    "rates.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
            assertThat(imported.status()).as(imported.body()).isEqualTo(302);
            assertThat(accountant.get("/console/fx-rates").body()).contains("55 rates imported as " + importId);

            String last = first.plusDays(54).toString();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                    accountant.get("/console/fx-rates?on=" + last).body().contains("0.3054"));
            ConsoleSession.Page page = accountant.get("/console/fx-rates?on=" + last);
            assertThat(page.body()).contains(last, "0.3054", "Next page").doesNotContain("0.3004<");
            Matcher next = Pattern.compile("href=\"(/console/fx-rates\\?on=[^\"]+after=[^\"]+)\"").matcher(page.body());
            assertThat(next.find()).isTrue();
            ConsoleSession.Page second = accountant.get(next.group(1).replace("&amp;", "&"));
            assertThat(second.body()).contains("0.3004", first.toString()).doesNotContain("0.3054");
        }

        @Test
        void a_file_with_bad_lines_imports_nothing_and_each_bad_line_is_named_beside_the_form() {
            int year = lonelyYear();
            // a rate no other test imports: the table as of the year's end also shows earlier years' rates
            String rate = "0.3" + String.format("%04d",
                    ThreadLocalRandom.current().nextInt(10_000)) + "7";
            String csv = "base,quote,rate,effectiveDate\nUSD,KWD," + rate + "," + year + "-02-01\nUSD,KWD,-1," + year
                    + "-02-02\n# a comment\nXXX,KWD,0.3," + year + "-02-03\nUSD,KWD,0.31\n";
            ConsoleSession accountant = signedIn("accountant");
            accountant.get("/console/fx-rates");
            ConsoleSession.Page refused = accountant.postFile("/console/fx-rates/imports?id=fx-bad-" + UUID.randomUUID()
                    + "&source=it", "rates.csv", csv.getBytes(StandardCharsets.UTF_8));
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.body()).contains("invalidRateFile", "data-test=\"refused-lines\"", "<li>line 3:",
                    "<li>line 5:", "<li>line 6:").doesNotContain("<li>line 2:");
            assertThat(accountant.get("/console/fx-rates?on=" + year + "-12-31").body()).doesNotContain(rate);

            ConsoleSession.Page empty = accountant.postFile("/console/fx-rates/imports?id=fx-empty&source=it",
                    "rates.csv", new byte[0]);
            assertThat(empty.status()).isEqualTo(422);
            assertThat(empty.body()).contains("invalidRateFile");
        }

        @Test
        void an_auditor_reads_the_table_and_a_forged_import_is_refused() {
            ConsoleSession auditor = signedIn("auditor");
            ConsoleSession.Page page = auditor.get("/console/fx-rates");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("data-test=\"rates\"").doesNotContain("import-form");
            ConsoleSession.Page forged = auditor.postFile("/console/fx-rates/imports?id=fx-forged&source=it", "rates.csv",
                    "base,quote,rate,effectiveDate\nUSD,KWD,0.3,1901-01-01\n".getBytes(StandardCharsets.UTF_8));
            assertThat(forged.status()).isEqualTo(403);
            for (String hostile : List.of("?on=abc", "?on=" + encode("2026-01-01\u0000"), "?on=" + "9".repeat(5000),
                    "?after=garbage", "?after=" + encode("2026-01-01~USD~KWD' or 1=1"), "?source=" + encode("a\u0000b"))) {
                assertRefused(auditor, "/console/fx-rates" + hostile, "invalidField", "invalidText", "dateOutOfRange");
            }
        }
    }

    @Nested
    class Schedules {
        @Test
        void a_schedule_shows_its_next_run_and_its_runs_with_the_currencys_decimals() {
            String rent = openAccount("EXPENSE", "KWD", Map.of());
            String bank = openAccount("ASSET", "KWD", Map.of());
            String id = newId("sch-it");
            String today = LocalDate.now(ZoneOffset.UTC).toString();
            Api.Response created = api.post("/api/v1/schedules", Map.of("id", id, "kind", "STANDING_ORDER",
                    "description", "Rent", "recurrence", Map.of("frequency", "MONTHLY", "interval", 1, "startDate", today,
                            "roll", "NONE"),
                    "postings", List.of(Map.of("accountId", rent, "side", "DEBIT", "amount", "2.500", "currency", "KWD"),
                            Map.of("accountId", bank, "side", "CREDIT", "amount", "2.500", "currency", "KWD"))));
            assertThat(created.status()).as(created.raw()).isEqualTo(201);
            assertThat(api.post("/api/v1/schedules/" + id + "/runs", Map.of()).status()).isEqualTo(200);

            ConsoleSession auditor = signedIn("auditor");
            String page = "/console/schedules/" + id;
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> auditor.get(page).body().contains("2.500"));
            ConsoleSession.Page schedule = auditor.get(page);
            assertThat(schedule.body()).contains("data-test=\"next-run\"", "STANDING_ORDER", "Rent", id + "~",
                    "data-test=\"runs\"").doesNotContain("method=\"post\" action=\"/console/schedules");
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                    auditor.get("/console/schedules?status=ACTIVE").body().contains(id));
        }

        @Test
        void hostile_parameters_are_refused_and_an_unknown_schedule_is_not_found() {
            ConsoleSession auditor = signedIn("auditor");
            assertRefused(auditor, "/console/schedules?status=BOGUS", "invalidField");
            assertRefused(auditor, "/console/schedules?after=" + encode("a\u0000"), "invalidText");
            assertRefused(auditor, "/console/schedules?after=" + "a".repeat(500), "invalidField");
            assertRefused(auditor, "/console/schedules/" + encode("a b"), "invalidId");
            ConsoleSession.Page missing = auditor.get("/console/schedules/" + newId("nope"));
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.body()).contains("scheduleNotFound");
        }
    }

    @Nested
    class Payments {
        @Test
        void an_accountant_initiates_a_credit_transfer_and_follows_its_status_and_history() {
            String paying = openAccount("LIABILITY", "EUR", Map.of());
            String iban = new PaymentFlow(api).mapBankAccount(openAccount("ASSET", "EUR", Map.of()));
            ConsoleSession accountant = signedIn("accountant");
            assertThat(accountant.get("/console/payments").body()).contains("/console/payments/new");
            String form = accountant.get("/console/payments/new").body();
            Matcher id = Pattern.compile("name=\"id\" value=\"(pay-[^\"]+)\"").matcher(form);
            assertThat(id.find()).as(form).isTrue();
            Map<String, String> fields = new HashMap<>(Map.of("id", id.group(1), "accountId", paying, "amount", "12.50",
                    "currency", "eur", "debtorName", "Acme Ltd", "debtorIban", iban.toLowerCase(),
                    "creditorName", "Supplier GmbH", "creditorIban", "DE02 1001 0010 9307 1186 03",
                    "requestedExecutionDate", LocalDate.now(ZoneOffset.UTC).toString(), "remittanceInformation", "Invoice 1"));

            ConsoleSession.Page badIban = accountant.post("/console/payments", withField(fields, "creditorIban", "DE00123"));
            assertThat(badIban.status()).isEqualTo(422);
            assertThat(badIban.body()).contains("invalidIban", "data-test=\"payment-form\"");
            ConsoleSession.Page initiated = accountant.post("/console/payments", fields);
            assertThat(initiated.status()).as(initiated.body()).isEqualTo(302);
            assertThat(initiated.location()).endsWith("/console/payments/" + id.group(1));

            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                    accountant.get("/console/payments/" + id.group(1)).status() == 200);
            assertThat(accountant.get("/console/payments/" + id.group(1)).body()).contains("INITIATED", "12.50 EUR",
                    "data-test=\"history\"", "Supplier GmbH");
            assertThat(accountant.get("/console/payments?accountId=" + paying).body()).contains(id.group(1), "12.50");
        }

        @Test
        void an_auditor_reads_payments_but_gets_no_form_and_hostile_filters_are_refused() {
            ConsoleSession auditor = signedIn("auditor");
            ConsoleSession.Page list = auditor.get("/console/payments");
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.body()).contains("data-test=\"payments\"").doesNotContain("/console/payments/new");
            assertThat(auditor.get("/console/payments/new").status()).isEqualTo(403);
            auditor.get("/console/payments");
            assertThat(auditor.post("/console/payments", Map.of("id", "pay-forged", "accountId", "x", "amount", "1",
                    "currency", "EUR")).status()).isEqualTo(403);
            assertRefused(auditor, "/console/payments?status=BOGUS", "invalidField");
            assertRefused(auditor, "/console/payments?after=not-a-cursor", "invalidField");
            assertRefused(auditor, "/console/payments?accountId=" + encode("a\u0000"), "invalidText");
            ConsoleSession.Page missing = auditor.get("/console/payments/" + newId("pay"));
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.body()).contains("paymentNotFound");
        }
    }

    @Nested
    class Reconciliation {
        @Test
        void an_accountant_maps_a_bank_account_and_an_auditor_reads_the_mappings_without_a_form() {
            String ledger = openAccount("ASSET", "EUR", Map.of());
            String iban = PaymentFlow.freshIban();
            ConsoleSession accountant = signedIn("accountant");
            accountant.get("/console/reconciliation/mappings");
            ConsoleSession.Page unknown = accountant.post("/console/reconciliation/mappings", Map.of("bankAccount", iban,
                    "currency", "EUR", "ledgerAccountId", newId("acc")));
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(unknown.body()).contains("accountNotFound", "data-test=\"mapping-form\"");
            assertThat(accountant.post("/console/reconciliation/mappings", Map.of("bankAccount", iban, "currency", "EUR",
                    "ledgerAccountId", ledger)).status()).isEqualTo(302);
            assertThat(accountant.get("/console/reconciliation/mappings").body()).contains("bank account " + iban);

            ConsoleSession auditor = signedIn("auditor");
            ConsoleSession.Page page = auditor.get("/console/reconciliation/mappings");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("data-test=\"mappings\"").doesNotContain("mapping-form");
            assertThat(auditor.post("/console/reconciliation/mappings", Map.of("bankAccount", iban, "currency", "EUR",
                    "ledgerAccountId", ledger)).status()).isEqualTo(403);
            assertRefused(auditor, "/console/reconciliation/mappings?after=garbage", "invalidField");
            assertRefused(auditor, "/console/reconciliation/mappings?after=" + encode("a\u0000~EUR"), "invalidText");
        }

        @Test
        void an_accountant_runs_the_suspense_posting_and_the_claim_sweep_and_an_auditor_cannot() {
            ConsoleSession accountant = signedIn("accountant");
            assertThat(accountant.get("/console/reconciliation").body()).contains("/console/reconciliation/sweeps");
            accountant.get("/console/reconciliation/sweeps");
            ConsoleSession.Page run = accountant.post("/console/reconciliation/suspense-runs",
                    Map.of("olderThanSeconds", "999999999", "statementKey", ""));
            assertThat(run.status()).isEqualTo(302);
            assertThat(accountant.get("/console/reconciliation/sweeps").body()).contains("line(s) posted to suspense");
            assertThat(accountant.post("/console/reconciliation/claim-sweeps", Map.of("olderThanSeconds", "999999999"))
                    .status()).isEqualTo(302);
            assertThat(accountant.get("/console/reconciliation/sweeps").body()).contains("stale claim(s) given back");
            ConsoleSession.Page negative = accountant.post("/console/reconciliation/claim-sweeps",
                    Map.of("olderThanSeconds", "-1"));
            assertThat(negative.status()).isEqualTo(422);
            assertThat(negative.body()).contains("invalidField", "olderThanSeconds");
            ConsoleSession.Page garbage = accountant.post("/console/reconciliation/suspense-runs",
                    Map.of("olderThanSeconds", "abc"));
            assertThat(garbage.status()).isEqualTo(400);
            assertThat(garbage.body()).contains("invalidField");

            ConsoleSession auditor = signedIn("auditor");
            assertThat(auditor.get("/console/reconciliation").body()).doesNotContain("/console/reconciliation/sweeps");
            assertThat(auditor.get("/console/reconciliation/sweeps").status()).isEqualTo(403);
            for (String forged : List.of("/console/reconciliation/suspense-runs", "/console/reconciliation/claim-sweeps")) {
                assertThat(auditor.post(forged, Map.of("olderThanSeconds", "0")).status()).as(forged).isEqualTo(403);
            }
        }
    }

    @Nested
    class Webhooks {
        @Test
        void an_integrator_creates_a_webhook_sees_its_secret_once_and_deletes_it_out_of_anothers_reach() {
            ConsoleSession owner = signedIn("integrator");
            owner.get("/console/operations/stream/webhooks");
            ConsoleSession.Page created = owner.post("/console/operations/stream/webhooks", Map.of("url",
                    "http://127.0.0.1:9/hook", "eventTypes", "", "accountIds", newId("nobody"), "maxAttempts", "3"));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            assertThat(created.header("Cache-Control")).contains("no-store");
            Matcher id = Pattern.compile("Webhook <span class=\"mono\">(wh-[^<]+)</span> created").matcher(created.body());
            assertThat(id.find()).isTrue();
            assertThat(created.body()).contains("data-test=\"secret\"");
            String secret = created.body().replaceAll("(?s).*data-test=\"secret\">([^<]+)<.*", "$1");
            assertThat(owner.get("/console/operations/stream/webhooks/" + id.group(1)).body()).doesNotContain(secret);

            ConsoleSession other = signedIn("integrator");
            other.get("/console/operations/stream/webhooks");
            assertThat(other.post("/console/operations/stream/webhooks/" + id.group(1) + "/delete", Map.of()).status())
                    .isEqualTo(302);
            assertThat(other.get("/console/operations/stream/webhooks").body()).contains("subscriptionNotFound");
            assertThat(owner.get("/console/operations/stream/webhooks").body()).contains(id.group(1));

            assertThat(owner.post("/console/operations/stream/webhooks/" + id.group(1) + "/delete", Map.of()).status())
                    .isEqualTo(302);
            assertThat(owner.get("/console/operations/stream/webhooks").body()).contains("webhook " + id.group(1) + " deleted")
                    .doesNotContain("/console/operations/stream/webhooks/" + id.group(1) + "\"");
        }

        @Test
        void a_hostile_webhook_form_is_refused_with_its_code_and_an_auditor_cannot_post_one() {
            ConsoleSession integrator = signedIn("integrator");
            integrator.get("/console/operations/stream/webhooks");
            for (Map<String, String> hostile : List.of(Map.of("url", "not a url"), Map.of("url", "file:///etc/passwd"),
                    Map.of("url", "http://127.0.0.1:9/x", "maxAttempts", "99"),
                    Map.of("url", "http://127.0.0.1:9/x", "eventTypes", "NoSuchEvent"),
                    Map.of("url", "http://127.0.0.1:9/x", "eventTypes", "x".repeat(5000)))) {
                ConsoleSession.Page refused = integrator.post("/console/operations/stream/webhooks", hostile);
                assertThat(refused.status()).as(hostile.toString()).isEqualTo(422);
                assertThat(refused.body()).as(hostile.toString()).contains("data-test=\"refusal\"");
            }
            ConsoleSession auditor = signedIn("auditor");
            auditor.get("/console");
            assertThat(auditor.post("/console/operations/stream/webhooks", Map.of("url", "http://127.0.0.1:9/x"))
                    .status()).isEqualTo(403);
        }
    }

    private static Map<String, String> withField(Map<String, String> fields, String name, String value) {
        Map<String, String> changed = new HashMap<>(fields);
        changed.put(name, value);
        return changed;
    }
}
