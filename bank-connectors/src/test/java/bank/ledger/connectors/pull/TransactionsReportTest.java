package bank.ledger.connectors.pull;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.ledger.connectors.formats.detect.StatementFileParser;
import bank.ledger.connectors.formats.model.CreditDebit;
import bank.ledger.connectors.formats.model.ParseLimits;
import bank.ledger.connectors.formats.model.Statement;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The NextGenPSD2 JSON report, read back by the one statement parser as the camt.053 documents it becomes. */
class TransactionsReportTest {
    private static final LocalDate UNTIL = LocalDate.parse("2026-11-20");

    @Test
    void each_booking_day_becomes_one_statement_with_a_stable_id_and_days_after_the_last_complete_one_wait() throws Exception {
        List<TransactionsReport.Day> days = TransactionsReport.days(report(
                booked("t1", "125.00", "2026-11-19", "rent"), booked("t2", "-12.50", "2026-11-19", "fee"),
                booked("t3", "7", "2026-11-18", "refund"), booked("t4", "9.99", "2026-11-21", "today")), "acc-1", UNTIL);

        assertThat(days).extracting(TransactionsReport.Day::name)
                .containsExactly("acc-1-2026-11-18-EUR.json", "acc-1-2026-11-19-EUR.json");
        Statement day = parse(days.get(1));
        assertThat(day.statementId()).isEqualTo("psd2:acc-1:2026-11-19:EUR");
        assertThat(day.account().id()).isEqualTo("DE02100100109307118603");
        assertThat(day.entries()).extracting(e -> e.amountMinor() + " " + e.creditDebit())
                .containsExactly("12500 " + CreditDebit.CRDT, "1250 " + CreditDebit.DBIT);
        assertThat(TransactionsReport.days(report(booked("t1", "125.00", "2026-11-19", "rent"),
                booked("t2", "-12.50", "2026-11-19", "fee")), "acc-1", UNTIL).get(0).camt053())
                .as("the same day pulled again is the same document: a duplicate").isEqualTo(days.get(1).camt053());
    }

    @Test
    void a_bank_text_cannot_inject_markup_into_the_document() throws Exception {
        String attack = "x</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry><Ntry><Amt Ccy=\\\"EUR\\\">999.00</Amt>&amp;\\u0000";

        Statement day = parse(TransactionsReport.days(report(booked("t1", "1.00", "2026-11-19", attack)), "acc-1", UNTIL).get(0));

        assertThat(day.entries()).hasSize(1);
        assertThat(day.entries().get(0).amountMinor()).isEqualTo(100);
        assertThat(day.entries().get(0).description()).contains("</Ustrd>").contains("&amp;").doesNotContain("\0");
    }

    @Test
    void an_amount_that_is_not_a_decimal_fails_the_pull() {
        assertThatThrownBy(() -> TransactionsReport.days(report(booked("t1", "1e9", "2026-11-19", "x")), "acc-1", UNTIL))
                .isInstanceOf(PullFailure.class).hasMessageContaining("not a decimal");
    }

    @Test
    void a_report_without_the_accounts_iban_or_that_is_not_json_fails_the_pull() {
        assertThatThrownBy(() -> TransactionsReport.days("{\"transactions\":{\"booked\":[]}}".getBytes(), "acc-1", UNTIL))
                .isInstanceOf(PullFailure.class).hasMessageContaining("account.iban");
        assertThatThrownBy(() -> TransactionsReport.days("<html>".getBytes(), "acc-1", UNTIL))
                .isInstanceOf(PullFailure.class).hasMessageContaining("not JSON");
    }

    private static Statement parse(TransactionsReport.Day day) throws Exception {
        return new StatementFileParser(ParseLimits.defaults(), null).parse(day.name(), day.camt053()).statements().get(0);
    }

    private static byte[] report(String... booked) {
        return ("{\"account\":{\"iban\":\"DE02100100109307118603\"},\"transactions\":{\"booked\":[" + String.join(",", booked)
                + "]}}").getBytes(StandardCharsets.UTF_8);
    }

    private static String booked(String id, String amount, String day, String text) {
        return "{\"transactionId\":\"" + id + "\",\"bookingDate\":\"" + day + "\",\"transactionAmount\":{\"amount\":\""
                + amount + "\",\"currency\":\"EUR\"},\"remittanceInformationUnstructured\":\"" + text + "\"}";
    }
}
