package bank.ledger.app.month;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.payments.PaymentFlow;
import bank.ledger.app.support.Api;
import bank.ledger.app.support.LedgerIntegrationTest;
import com.prowidesoftware.swift.model.mx.MxPain00100109;
import com.prowidesoftware.swift.model.mx.dic.CreditTransferTransaction34;
import com.prowidesoftware.swift.model.mx.dic.PaymentInstruction30;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A whole month over the API, as docs/worked-month.md tells an accountant (issue 18): opening balances, KWD,
 * USD and EUR with FX legs, a fee and daily interest posted at the month's end by schedules, a payment out
 * (pain.001 out, pain.002 in), revaluation into KWD, the close, a back-dated entry refused, a reopening
 * approved by a second person and the entry accepted. After every step the period's trial balance shows each
 * of the month's accounts exact to the minor unit and every currency balanced, and the trial balance at the
 * month's end converted into KWD balances.
 *
 * <p>The month is a 31-day month of 1900 that no closed period covers: no other test posts into 1900 after its
 * first two days (FreshMonths picks 1901 to 1999, the rest post in 1999 and 2026). What other tests booked
 * before the month (the calendar's first day) is measured first and carried in every currency total.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkedMonthIT extends LedgerIntegrationTest {
    @Autowired
    JdbcTemplate jdbc;
    YearMonth month;
    Api accountant;
    MonthBooks books;
    String paymentId;
    String iban;

    @BeforeAll
    void chooseTheMonth() {
        for (int m : List.of(3, 5, 7, 8, 10, 12)) {
            YearMonth candidate = YearMonth.of(1900, m);
            Integer closed = jdbc.queryForObject("select count(*) from ledger_closed_period where first_day <= ? "
                    + "and last_day >= ?", Integer.class, candidate.atEndOfMonth(), candidate.atDay(1));
            if (closed != null && closed == 0) {
                month = candidate;
                return;
            }
        }
        throw new IllegalStateException("every 31-day month of 1900 is closed in this database");
    }

    LocalDate day(int d) {
        return month.atDay(d);
    }

    // ---------------------------------------------------------------------------------------------- the steps

    @Test
    @Order(1)
    void the_chart_the_rates_and_the_opening_balances() {
        accountant = api.as("accountant");
        books = new MonthBooks(api, month);
        open("cash-kwd", "ASSET", "KWD", false);
        open("capital", "EQUITY", "KWD", false);
        open("deposit", "LIABILITY", "KWD", false);
        open("fx-kwd", "ASSET", "KWD", true);
        open("fee-income", "INCOME", "KWD", false);
        open("interest-expense", "EXPENSE", "KWD", false);
        open("interest-payable", "LIABILITY", "KWD", false);
        open("office-expense", "EXPENSE", "KWD", false);
        open("fx-adjustment", "ASSET", "KWD", false);
        open("fx-gain", "INCOME", "KWD", false);
        open("fx-loss", "EXPENSE", "KWD", false);
        open("cash-usd", "ASSET", "USD", false);
        open("fx-usd", "ASSET", "USD", true);
        open("nostro-eur", "ASSET", "EUR", false);
        open("customer-eur", "LIABILITY", "EUR", false);
        open("fx-eur", "ASSET", "EUR", true);
        importRates();
        awaitProcessorCaughtUp("account-lines");  // an earlier test's lines of 1900-01-01 still on their way
        books.measureOtherTestsBooks();

        post("opening-capital", day(1), List.of(dr("cash-kwd", "10000.000"), cr("capital", "10000.000")), null);
        post("opening-deposit", day(1), List.of(dr("cash-kwd", "1000.000"), cr("deposit", "1000.000")), null);
        post("opening-eur", day(1), List.of(dr("nostro-eur", "500.00"), cr("customer-eur", "500.00")), null);

        books.assertBooks();
        books.assertRow("cash-kwd", "11000.000", true);
        books.assertRow("customer-eur", "500.00", false);
    }

    @Test
    @Order(2)
    void buying_usd_and_eur_for_kwd_through_the_fx_clearing_accounts() {
        String buyUsd = post("buy-usd", day(10), List.of(dr("cash-usd", "1000.00"), cr("fx-usd", "1000.00"),
                dr("fx-kwd", "301.500"), cr("cash-kwd", "301.500")), leg("USD", "0.3015", day(10)));
        post("buy-eur", day(12), List.of(dr("nostro-eur", "200.00"), cr("fx-eur", "200.00"),
                dr("fx-kwd", "66.000"), cr("cash-kwd", "66.000")), leg("EUR", "0.33", day(12)));
        post("deposit-2", day(15), List.of(dr("cash-kwd", "500.000"), cr("deposit", "500.000")), null);

        books.assertBooks();
        books.assertRow("fx-kwd", "367.500", true);
        JsonNode rate = awaitEntry(buyUsd, "POSTED").body().get("fx").get(0);
        assertThat(rate.get("rate").asString()).isEqualTo("0.3015");
        assertThat(rate.get("source").asString()).isEqualTo("treasury desk");
        books.assertRow("cash-kwd", "11132.500", true);
    }

    @Test
    @Order(3)
    void a_payment_out_is_held_sent_as_pain_001_and_posted_by_the_bank_s_pain_002() throws Exception {
        iban = new PaymentFlow(api).mapBankAccount(books.id("nostro-eur"));
        PaymentFlow flow = new PaymentFlow(accountant);
        paymentId = newId("pay");
        Map<String, Object> request = flow.request(paymentId, books.id("customer-eur"), iban, "45.00");
        request.put("requestedExecutionDate", day(20).toString());
        Api.Response initiated = accountant.post("/api/v1/payments", request);
        assertThat(initiated.status()).as(initiated.raw()).isEqualTo(201);
        flow.awaitPayment(paymentId, "INITIATED");

        String batchId = newId("batch");
        Api.Response batch = flow.batch(batchId, iban);
        assertThat(batch.status()).as(batch.raw()).isEqualTo(201);
        String xml = accountant.get("/api/v1/payment-batches/" + batchId + "/file").raw();
        assertWellFormed(xml);
        PaymentInstruction30 instruction = MxPain00100109.parse(xml).getCstmrCdtTrfInitn().getPmtInf().get(0);
        CreditTransferTransaction34 transfer = instruction.getCdtTrfTxInf().get(0);
        assertThat(instruction.getDbtrAcct().getId().getIBAN()).isEqualTo(iban);
        assertThat(instruction.getReqdExctnDt().getDt().toString()).isEqualTo(day(20).toString());
        assertThat(transfer.getCdtrAcct().getId().getIBAN()).isEqualTo(PaymentFlow.CREDITOR_IBAN);
        assertThat(transfer.getAmt().getInstdAmt().getValue().toPlainString()).isEqualTo("45.00");
        assertThat(transfer.getAmt().getInstdAmt().getCcy()).isEqualTo("EUR");

        String report = PaymentFlow.statusReport("RPT-" + batchId.substring(6, 26), batch.text("messageId"), "ACSC",
                new String[] {batch.body().get("payments").get(0).get("instructionId").asString(), "ACSC"});
        Api.Response applied = new PaymentFlow(api.as("connector")).deliver(report);
        assertThat(applied.status()).as(applied.raw()).isEqualTo(200);
        assertThat(applied.body().get("payments").get(0).get("outcome").asString()).isEqualTo("ACCEPTED");
        flow.awaitPayment(paymentId, "ACCEPTED");
        books.book(List.of(dr("customer-eur", "45.00"), cr("nostro-eur", "45.00")));

        JsonNode hold = awaitEntry("payment~" + paymentId, "POSTED").body();
        assertThat(hold.get("effectiveDate").asString()).as("booked on the execution date").isEqualTo(day(20).toString());
        books.assertBooks();
        books.assertRow("nostro-eur", "655.00", true);
        books.assertRow("customer-eur", "455.00", false);
    }

    @Test
    @Order(4)
    void the_fee_and_the_daily_interest_are_posted_at_the_month_s_end_by_their_schedules() {
        String fee = newId("fee");
        createSchedule(Map.of("id", fee, "kind", "PERIODIC_FEE", "description", "Account fee",
                "recurrence", monthEnd(), "postings", List.of(dr("deposit", "2.500"), cr("fee-income", "2.500"))));
        JsonNode feeRun = runSchedule(fee);
        assertThat(feeRun.get("entryId").asString()).isEqualTo(fee + "~" + month.atEndOfMonth());
        assertThat(feeRun.get("amountMinor").asLong()).isEqualTo(2_500);
        books.book(List.of(dr("deposit", "2.500"), cr("fee-income", "2.500")));
        // the interest reads the deposit's daily balances from the account lines: the fee's line must be in
        awaitStatement("deposit", 3, "1497.500");

        String interest = newId("interest");
        createSchedule(Map.of("id", interest, "kind", "INTEREST_ACCRUAL", "description", "Deposit interest",
                "recurrence", monthEnd(), "interest", Map.of("accountId", books.id("deposit"), "annualRate", "0.05",
                        "dayCount", "ACT_365_FIXED", "debitAccountId", books.id("interest-expense"),
                        "creditAccountId", books.id("interest-payable"))));
        JsonNode interestRun = runSchedule(interest);

        // fils x days: 1,000,000 x 14 + 1,500,000 x 16 + 1,497,500 x 1 = 39,497,500; x 0.05 / 365 = 5,410.616... fils
        assertThat(interestRun.get("amountMinor").asLong()).isEqualTo(5_411);
        assertThat(interestRun.get("effectiveDate").asString()).isEqualTo(month.atEndOfMonth().toString());
        // 5,411 - 1,974,875/365 fils: what rounding left goes into the next month's posting
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            JsonNode runs = api.get("/api/v1/schedules/" + interest).body().get("runs");
            return runs != null && runs.size() == 1 && "-28/73".equals(runs.get(0).get("carry").asString());
        });
        books.book(List.of(dr("interest-expense", "5.411"), cr("interest-payable", "5.411")));
        books.assertBooks();
        books.assertRow("interest-payable", "5.411", false);
    }

    @Test
    @Order(5)
    void revaluation_into_kwd_at_the_month_end_rate() {
        // the run waits for the read models itself (ReadModelBarrier); the statements are checked here as a person would
        awaitStatement("cash-usd", 1, "1000.00");
        awaitStatement("nostro-eur", 3, "655.00");
        awaitStatement("customer-eur", 2, "455.00");
        awaitEntry("payment~" + paymentId, "POSTED");
        Map<String, Object> run = Map.of("period", month.toString(), "reportingCurrency", "KWD",
                "adjustmentAccountId", books.id("fx-adjustment"), "gainAccountId", books.id("fx-gain"),
                "lossAccountId", books.id("fx-loss"), "accountIds", List.of(books.id("cash-usd"),
                        books.id("nostro-eur"), books.id("customer-eur")));  // an FX clearing account named is refused

        Api.Response revalued = accountant.post("/api/v1/fx-revaluations", run);

        assertThat(revalued.status()).as(revalued.raw()).isEqualTo(200);
        assertThat(revalued.body().get("accounts")).hasSize(3);
        assertRevalued(revalued, "cash-usd", "301.500", "307.500", "6.000");
        assertRevalued(revalued, "nostro-eur", "216.150", "212.875", "-3.275");
        assertRevalued(revalued, "customer-eur", "-150.150", "-147.875", "2.275");
        books.book(List.of(dr("fx-adjustment", "6.000"), cr("fx-gain", "6.000")));
        books.book(List.of(dr("fx-loss", "3.275"), cr("fx-adjustment", "3.275")));
        books.book(List.of(dr("fx-adjustment", "2.275"), cr("fx-gain", "2.275")));
        books.assertBooks();
        books.assertRow("fx-gain", "8.275", false);
        books.assertRow("fx-adjustment", "5.000", true);
        assertThat(books.reportingRow("cash-usd").get("debit").asString()).isEqualTo("307.500");
        assertThat(books.reportingRow("nostro-eur").get("debit").asString()).isEqualTo("212.875");
        assertThat(books.reportingRow("customer-eur").get("credit").asString()).isEqualTo("147.875");
        assertThat(books.reportingRow("fx-usd").get("credit").asString()).as("at the closing rate too").isEqualTo("307.500");
    }

    @Test
    @Order(6)
    void closing_the_month_refuses_a_back_dated_entry_with_periodClosed() {
        Api.Response closed = accountant.post("/api/v1/periods/" + month + "/close", "");
        assertThat(closed.status()).as(closed.raw()).isEqualTo(200);
        assertThat(closed.text("status")).isEqualTo("CLOSED");

        assertProblem(accountant.post("/api/v1/journal-entries", lateInvoice()), 422, "periodClosed", "effectiveDate");
        Map<String, Object> latePayment = new PaymentFlow(accountant).request(newId("pay"), books.id("customer-eur"),
                iban, "10.00");
        latePayment.put("requestedExecutionDate", day(29).toString());
        assertProblem(accountant.post("/api/v1/payments", latePayment), 422, "periodClosed", "requestedExecutionDate");
        books.assertBooks();
    }

    @Test
    @Order(7)
    void a_reopening_approved_by_a_second_person_takes_the_entry_and_the_month_is_closed_again() {
        Api.Response held = accountant.post("/api/v1/periods/" + month + "/reopen",
                Map.of("reason", "supplier invoice 4711 belongs to this month"));
        assertThat(held.status()).as(held.raw()).isEqualTo(202);
        String approval = held.text("approvalId");
        assertThat(accountant.post("/api/v1/approvals/" + approval + "/approve", "").status()).isEqualTo(403);
        Api.Response approved = api.post("/api/v1/approvals/" + approval + "/approve", "");
        assertThat(approved.status()).as(approved.raw()).isEqualTo(200);
        assertThat(approved.text("status")).isEqualTo("OPEN");

        Api.Response accepted = accountant.post("/api/v1/journal-entries", lateInvoice());
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(201);
        books.book(List.of(dr("office-expense", "12.000"), cr("cash-kwd", "12.000")));
        assertThat(accountant.post("/api/v1/periods/" + month + "/close", "").text("status")).isEqualTo("CLOSED");

        books.assertBooks();
        books.assertRow("cash-kwd", "11120.500", true);
        assertThat(books.ours("KWD", true)).isEqualTo(11_513_686L);
        assertThat(books.ours("KWD", false)).isEqualTo(11_513_686L);
    }

    // ---------------------------------------------------------------------------------------------- helpers

    void open(String role, String type, String currency, boolean fxClearing) {
        String id = openAccount(type, currency, fxClearing ? Map.of("fxClearing", true) : Map.of());
        books.open(role, id, currency);
    }

    void importRates() {
        List<Map<String, Object>> rates = List.of(rate("USD", "0.3015", day(1)), rate("USD", "0.3075", day(31)),
                rate("EUR", "0.33", day(1)), rate("EUR", "0.325", day(31)));
        Api.Response imported = accountant.post("/api/v1/fx-rates", Map.of("id", newId("rates"), "source",
                "Central Bank of Kuwait", "rates", rates));
        assertThat(imported.status()).as(imported.raw()).isEqualTo(201);
        awaitRate("USD", day(30), "0.3015");
        awaitRate("USD", day(31), "0.3075");
        awaitRate("EUR", day(30), "0.33");
        awaitRate("EUR", day(31), "0.325");
    }

    static Map<String, Object> rate(String base, String rate, LocalDate day) {
        return Map.of("base", base, "quote", "KWD", "rate", rate, "effectiveDate", day.toString());
    }

    void awaitRate(String base, LocalDate on, String rate) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            Api.Response got = api.get("/api/v1/fx-rates?base=" + base + "&quote=KWD&on=" + on);
            return got.status() == 200 && new BigDecimal(got.text("rate")).compareTo(new BigDecimal(rate)) == 0;
        });
    }

    Map<String, Object> dr(String role, String amount) {
        return line(books.id(role), "DEBIT", amount);
    }

    Map<String, Object> cr(String role, String amount) {
        return line(books.id(role), "CREDIT", amount);
    }

    Map<String, Object> leg(String base, String rate, LocalDate on) {
        return Map.of("baseCurrency", base, "quoteCurrency", "KWD", "rate", rate, "source", "treasury desk",
                "rateDate", on.toString());
    }

    String post(String name, LocalDate on, List<Map<String, Object>> postings, Map<String, Object> fx) {
        String id = newId(name);
        Map<String, Object> body = new HashMap<>(Map.of("id", id, "effectiveDate", on.toString(),
                "description", name, "postings", postings));
        if (fx != null) {
            body.put("fx", List.of(fx));
        }
        Api.Response posted = accountant.post("/api/v1/journal-entries", body);
        assertThat(posted.status()).as(posted.raw()).isEqualTo(201);
        books.book(postings);
        return id;
    }

    Map<String, Object> lateInvoice() {
        return Map.of("id", "late-invoice-" + books.id("office-expense"), "effectiveDate", day(28).toString(),
                "description", "supplier invoice 4711", "postings",
                List.of(dr("office-expense", "12.000"), cr("cash-kwd", "12.000")));
    }

    Map<String, Object> monthEnd() {
        return Map.of("frequency", "MONTHLY", "interval", 1, "startDate", day(1).toString(), "endDate",
                month.atEndOfMonth().toString(), "endOfMonth", true, "roll", "NONE");
    }

    void createSchedule(Map<String, Object> body) {
        Api.Response created = accountant.post("/api/v1/schedules", body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
    }

    /** Runs what is due (the month's one occurrence, due by now) and answers the recorded run. */
    JsonNode runSchedule(String id) {
        Api.Response run = accountant.post("/api/v1/schedules/" + id + "/runs", Map.of());
        assertThat(run.status()).as(run.raw()).isEqualTo(200);
        assertThat(run.body().get("recorded")).as(run.raw()).hasSize(1);
        assertThat(run.body().get("more").asBoolean()).isFalse();
        JsonNode recorded = run.body().get("recorded").get(0);
        assertThat(recorded.get("entryId").isNull()).as(run.raw()).isFalse();
        return recorded;
    }

    /** The account's lines of the month as the statement (over the account lines) shows them. */
    void awaitStatement(String role, int lines, String closing) {
        Api.Response[] last = new Api.Response[1];
        try {
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
                last[0] = api.get("/api/v1/accounts/" + books.id(role) + "/statement?period=" + month);
                return last[0].status() == 200 && last[0].body().get("lines").size() == lines
                        && closing.equals(last[0].text("closingBalance"));
            });
        } catch (org.awaitility.core.ConditionTimeoutException timeout) {
            throw new AssertionError("the statement of " + role + " never showed " + lines + " lines closing at "
                    + closing + "; last: " + last[0].raw(), timeout);
        }
    }

    void assertWellFormed(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setNamespaceAware(true);
        var document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("urn:iso:std:iso:20022:tech:xsd:pain.001.001.09");
    }

    void assertRevalued(Api.Response run, String role, String booked, String closing, String adjustment) {
        JsonNode line = rowOf(run.body().get("accounts"), role);
        assertThat(line.get("bookedValue").asString()).isEqualTo(booked);
        assertThat(line.get("closingValue").asString()).isEqualTo(closing);
        assertThat(line.get("adjustment").asString()).isEqualTo(adjustment);
        assertThat(line.get("outcome").asString()).isEqualTo("POSTED");
        assertThat(line.get("entryId").asString()).isEqualTo("fxr-" + month + "-KWD-" + books.id(role));
    }

    JsonNode rowOf(JsonNode rows, String role) {
        for (JsonNode row : rows) {
            if (row.get("accountId").asString().equals(books.id(role))) {
                return row;
            }
        }
        throw new AssertionError(role + " is not in " + rows);
    }

}
