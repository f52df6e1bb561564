package bank.ledger.connectors.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.connectors.formats.model.WarningCodes;
import bank.ledger.domain.statement.api.StatementLine;
import bank.ledger.domain.statement.api.StatementWarning;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** A debit line naming a sent payment with another amount is left to a person, with the reason why. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PaymentLineReviewTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);
    private static final SentPayments ONE_PAYMENT = (account, ids) -> ids.contains("E2E-1") && account.equals("nostro")
            ? List.of(new SentPayments.Sent("p1", "E2E-1", "payment~p1", 4_500, "EUR", "BATCHED")) : List.of();

    private static StatementLine line(long signedMinor, String endToEndId) {
        return new StatementLine(1, signedMinor, DAY, DAY, "BANKREF", null, endToEndId, "Supplier", null, "Invoice", true);
    }

    private static StatementLine reviewed(StatementLine line, String currency) {
        return PaymentLineReview.review(List.of(line), "nostro", currency, ONE_PAYMENT).get(0);
    }

    @Test
    void a_debit_one_cent_more_than_the_payment_is_left_to_a_person_with_the_warning() {
        StatementLine line = reviewed(line(-4_501, "E2E-1"), "EUR");

        assertThat(line.reviewReason()).isEqualTo(WarningCodes.PAYMENT_AMOUNT_MISMATCH);
        assertThat(line.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("paymentAmountMismatch");
            assertThat(w.message()).contains("p1", "45.00 EUR", "45.01 EUR");
        });
    }

    @Test
    void a_debit_of_the_payments_amount_is_left_to_the_engine() {
        StatementLine line = line(-4_500, "E2E-1");

        assertThat(reviewed(line, "EUR")).isSameAs(line);
    }

    @Test
    void the_payments_amount_in_another_currency_is_a_mismatch() {
        assertThat(reviewed(line(-4_500, "E2E-1"), "CHF").reviewReason()).isEqualTo("paymentAmountMismatch");
    }

    @Test
    void a_credit_or_a_line_naming_no_payment_is_left_as_it_is() {
        StatementLine credit = line(4_501, "E2E-1");
        StatementLine other = line(-4_501, "E2E-2");

        assertThat(reviewed(credit, "EUR")).isSameAs(credit);
        assertThat(reviewed(other, "EUR")).isSameAs(other);
    }

    @Test
    void a_line_already_left_to_a_person_keeps_its_first_reason_and_gains_the_warning() {
        StatementLine rounded = new StatementLine(1, -4_501, DAY, DAY, null, null, "E2E-1", null, null, null, true,
                "-45.005", null, List.of(new StatementWarning("excessDecimals", 3, "x")), "excessDecimals");

        StatementLine line = reviewed(rounded, "EUR");

        assertThat(line.reviewReason()).isEqualTo("excessDecimals");
        assertThat(line.warnings()).extracting(StatementWarning::code).containsExactly("excessDecimals",
                "paymentAmountMismatch");
    }
}
