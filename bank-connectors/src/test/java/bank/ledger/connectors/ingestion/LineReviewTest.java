package bank.ledger.connectors.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.connectors.formats.model.Account;
import bank.ledger.connectors.formats.model.CreditDebit;
import bank.ledger.connectors.formats.model.Entry;
import bank.ledger.connectors.formats.model.Statement;
import bank.ledger.connectors.formats.model.Warning;
import bank.ledger.connectors.formats.model.WarningCodes;
import bank.ledger.domain.statement.api.StatementLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A line is recorded exactly as the bank wrote it; one whose account amount is not exact is left to a person. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LineReviewTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    private static Entry entry(CreditDebit side, long minor, String exact, String currency, List<Entry.AmountDetail> details,
                               String... codes) {
        List<Warning> warnings = java.util.Arrays.stream(codes).map(code -> new Warning(code, 7, code + " seen")).toList();
        return new Entry(minor, side, DAY, DAY, null, null, null, null, null, null, false, null, null, true, 7,
                exact == null ? null : new BigDecimal(exact), currency, details, List.of(), warnings);
    }

    private static StatementLine recorded(Entry entry) {
        Statement statement = new Statement("camt.053.001.08", new Account("CH9300762011623852957", null, null), "CHF",
                "S", 1L, null, null, null, null, List.of(entry), 1, List.of());
        return StatementLines.lines(statement, 0, 1).get(0);
    }

    @Nested
    class LeftToThePerson {
        @Test
        void an_amount_with_more_decimals_than_the_currency_has() {
            StatementLine line = recorded(entry(CreditDebit.DBIT, 1_000, "10.005", null, List.of(),
                    WarningCodes.EXCESS_DECIMALS));

            assertThat(line.reviewReason()).isEqualTo(WarningCodes.EXCESS_DECIMALS);
            assertThat(line.exactAmount()).isEqualTo("-10.005");
            assertThat(line.signedMinor()).isEqualTo(-1_000);
            assertThat(line.exactCurrency()).isNull();
            assertThat(line.warnings()).singleElement().satisfies(w -> assertThat(w.line()).isEqualTo(7));
        }

        @Test
        void a_foreign_currency_amount_without_a_counter_value_in_the_account_currency() {
            Entry.AmountDetail instructed = new Entry.AmountDetail("instructed", new BigDecimal("50"), "USD", null, null,
                    null);
            StatementLine line = recorded(entry(CreditDebit.CRDT, 5_000, "50.00", "USD", List.of(instructed),
                    WarningCodes.FOREIGN_CURRENCY));

            assertThat(line.reviewReason()).isEqualTo(WarningCodes.FOREIGN_CURRENCY);
            assertThat(line.exactAmount()).isEqualTo("50.00");
            assertThat(line.exactCurrency()).isEqualTo("USD");
        }

        @Test
        void an_entry_whose_account_amount_the_bank_did_not_give_and_was_recorded_as_zero() {
            StatementLine line = recorded(entry(CreditDebit.CRDT, 0, "50.00", "USD", List.of(),
                    WarningCodes.NO_ACCOUNT_AMOUNT, WarningCodes.FOREIGN_CURRENCY));

            assertThat(line.reviewReason()).isEqualTo(WarningCodes.NO_ACCOUNT_AMOUNT);
            assertThat(line.signedMinor()).isZero();
        }

        @Test
        void an_amount_in_a_currency_the_ledger_does_not_know() {
            assertThat(recorded(entry(CreditDebit.CRDT, 100, "1.00", "RUR", List.of(), WarningCodes.UNKNOWN_CURRENCY,
                    WarningCodes.FOREIGN_CURRENCY)).reviewReason()).isEqualTo(WarningCodes.UNKNOWN_CURRENCY);
        }
    }

    @Nested
    class LeftToTheEngine {
        @Test
        void a_foreign_currency_amount_with_its_counter_value_in_the_account_currency() {
            Entry.AmountDetail counterValue = new Entry.AmountDetail("counterValue", new BigDecimal("45.10"), "CHF",
                    new BigDecimal("0.902"), "USD", "CHF");

            assertThat(recorded(entry(CreditDebit.CRDT, 4_510, "50.00", "USD", List.of(counterValue),
                    WarningCodes.FOREIGN_CURRENCY)).reviewReason()).isNull();
        }

        @Test
        void a_line_whose_only_oddity_is_its_date() {
            StatementLine line = recorded(entry(CreditDebit.CRDT, 100, null, null, List.of(), WarningCodes.INVALID_DATE));

            assertThat(line.reviewReason()).isNull();
            assertThat(line.exactAmount()).isNull();
            assertThat(line.warnings()).extracting(w -> w.code()).containsExactly(WarningCodes.INVALID_DATE);
        }
    }
}
