package bank.ledger.connectors.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.ledger.connectors.statement.CreditDebit;
import bank.ledger.connectors.statement.Entry;
import bank.ledger.connectors.statement.Fixtures;
import bank.ledger.connectors.statement.ParseError;
import bank.ledger.connectors.statement.ParsedFile;
import bank.ledger.connectors.statement.StatementParseException;
import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvParserTest {
    @Test
    void genericProfileGroupsByCurrencyAndKeepsQuotedText() throws Exception {
        ParsedFile file = Fixtures.parseCsv("csv/generic.csv", "generic");
        assertThat(file.statements()).extracting("currency").containsExactly("EUR", "JPY");
        Entry first = file.statements().get(0).entries().get(0);
        assertThat(first.counterparty()).isEqualTo("ACME, Inc.");
        assertThat(first.description()).isEqualTo("Invoice 4711, \"final\"");
        assertThat(file.statements().get(0).entries().get(1).description()).isEqualTo("Monthly bill\nJanuary");
        assertThat(file.statements().get(1).entries().get(0).amountMinor()).isEqualTo(1000L);
    }

    @Test
    void germanProfileWithBomGroupingAndDecimalComma() throws Exception {
        ParsedFile file = Fixtures.parseCsv("csv/de-bank.csv", "de-bank");
        assertThat(file.statements().get(0).entries()).extracting(Entry::amountMinor, Entry::creditDebit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(123456L, CreditDebit.CRDT),
                        org.assertj.core.groups.Tuple.tuple(8500L, CreditDebit.DBIT));
        assertThat(file.statements().get(0).entries().get(1).valueDate()).isEqualTo(LocalDate.of(2023, 12, 31));
    }

    @Test
    void splitDebitCreditColumns() throws Exception {
        ParsedFile file = Fixtures.parseCsv("csv/debit-credit.csv", "debit-credit");
        assertThat(file.statements().get(0).entries()).extracting(Entry::signedMinor).containsExactly(250000L, -12000L, -50L);
    }

    @Test
    void badRowsAreAllReportedByLine() {
        assertThatThrownBy(() -> Fixtures.parseCsv("csv/broken.csv", "generic"))
                .isInstanceOfSatisfying(StatementParseException.class, e ->
                        assertThat(e.errors()).extracting(ParseError::line).containsExactly(3, 4, 5));
    }

    @Test
    void missingColumnsNamed() {
        assertThatThrownBy(() -> Fixtures.parseCsv("csv/missing-columns.csv", "generic"))
                .isInstanceOfSatisfying(StatementParseException.class, e ->
                        assertThat(e.errors().get(0).message()).contains("Booking Date", "Amount"));
    }

    @Test
    void unknownProfileIsRefused() {
        assertThatThrownBy(() -> CsvProfiles.load("no-such-bank")).isInstanceOf(IOException.class)
                .hasMessageContaining("generic");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-1.234,56|,|.|-1234.56", "1.234,56-|,|.|-1234.56", "(12.50)|.|,|-12.50", "+7|.||7",
        "1,234.56|.|,|1234.56", "12.5|,|.|", "1e3|.||", "--1|.||"})
    void localeNumbers(String text, char decimal, String grouping, String expected) {
        assertThat(CsvNumbers.toDecimal(text, decimal, grouping == null ? "" : grouping)).isEqualTo(expected);
    }
}
