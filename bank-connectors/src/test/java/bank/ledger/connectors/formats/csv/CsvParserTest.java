package bank.ledger.connectors.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.ledger.connectors.formats.detect.StatementFileParser;
import bank.ledger.connectors.formats.model.CreditDebit;
import bank.ledger.connectors.formats.model.Entry;
import bank.ledger.connectors.formats.model.Fixtures;
import bank.ledger.connectors.formats.model.ParseLimits;
import bank.ledger.connectors.formats.model.ParsedFile;
import bank.ledger.connectors.formats.model.StatementParseException;
import bank.ledger.connectors.formats.model.Warning;
import bank.ledger.connectors.formats.model.WarningCodes;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvParserTest {
    private static ParsedFile read(String text) throws StatementParseException {
        return new CsvParser(null, ParseLimits.defaults()).parse("t.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    @Nested
    class NamedProfiles {
        @Test
        void generic_profile_groups_rows_by_currency_and_keeps_quoted_text() throws Exception {
            ParsedFile file = Fixtures.parseCsv("csv/generic.csv", "generic");
            assertThat(file.statements()).extracting("currency").containsExactly("EUR", "JPY");
            Entry first = file.statements().get(0).entries().get(0);
            assertThat(first.counterparty()).isEqualTo("ACME, Inc.");
            assertThat(first.description()).isEqualTo("Invoice 4711, \"final\"");
            assertThat(file.statements().get(0).entries().get(1).description()).isEqualTo("Monthly bill\nJanuary");
            assertThat(file.statements().get(1).entries().get(0).amountMinor()).isEqualTo(1000L);
        }

        @Test
        void german_profile_reads_a_bom_grouping_and_the_decimal_comma() throws Exception {
            ParsedFile file = Fixtures.parseCsv("csv/de-bank.csv", "de-bank");
            assertThat(file.statements().get(0).entries()).extracting(Entry::amountMinor, Entry::creditDebit)
                    .containsExactly(Tuple.tuple(123456L, CreditDebit.CRDT), Tuple.tuple(8500L, CreditDebit.DBIT));
            assertThat(file.statements().get(0).entries().get(1).valueDate()).isEqualTo(LocalDate.of(2023, 12, 31));
        }

        @Test
        void split_debit_and_credit_columns_give_the_sign() throws Exception {
            ParsedFile file = Fixtures.parseCsv("csv/debit-credit.csv", "debit-credit");
            assertThat(file.statements().get(0).entries()).extracting(Entry::signedMinor).containsExactly(250000L, -12000L, -50L);
        }

        @Test
        void bad_rows_are_read_where_they_can_be_and_flagged_by_line_where_not() throws Exception {
            ParsedFile file = Fixtures.parseCsv("csv/broken.csv", "generic");
            assertThat(file.statements().get(0).entries()).extracting(Entry::line).containsExactly(2, 3, 4, 6);
            assertThat(file.statements().get(0).entries().get(1).warnings()).extracting(Warning::code)
                    .containsExactly(WarningCodes.INVALID_DATE);
            assertThat(file.statements().get(0).entries().get(2).amount()).isEqualByComparingTo("10.001");
            assertThat(file.warnings()).extracting(Warning::code, Warning::line)
                    .containsExactly(Tuple.tuple(WarningCodes.CSV_UNREADABLE_ROW, 5));
            assertThat(file.warnings().get(0).message()).contains("\"ten\"");
        }

        @Test
        void a_header_without_the_profiles_columns_is_refused_naming_them() {
            assertThatThrownBy(() -> Fixtures.parseCsv("csv/missing-columns.csv", "generic"))
                    .isInstanceOfSatisfying(StatementParseException.class, e ->
                            assertThat(e.errors().get(0).message()).contains("Booking Date", "Amount"));
        }

        @Test
        void an_unknown_profile_name_lists_the_built_in_ones() {
            assertThatThrownBy(() -> CsvProfiles.load("no-such-bank")).isInstanceOf(IOException.class)
                    .hasMessageContaining("generic", "ing-nl", "kw-bank");
        }

        @Test
        void every_built_in_profile_loads() {
            assertThat(CsvProfiles.builtIns()).extracting(CsvProfile::name).containsExactlyElementsOf(CsvProfiles.BUILT_IN);
        }
    }

    @Nested
    class Recognition {
        @Test
        void a_known_header_after_preamble_lines_names_the_profile_and_the_preamble_gives_account_and_balance()
                throws Exception {
            ParsedFile file = read("Umsatzanzeige;Datei erstellt am: 05.01.2024\n\nIBAN;DE89 3704 0044 0532 0130 00\n"
                    + "Zeitraum;01.12.2023 - 31.12.2023\nSaldo;1.000,00;EUR\n\n"
                    + "Buchung;Valuta;Auftraggeber/Empfänger;Buchungstext;Verwendungszweck;Saldo;Währung;Betrag;Währung\n"
                    + "28.12.2023;28.12.2023;Stadtwerke;Lastschrift;Strom;1.000,00;EUR;-50,00;EUR\n");
            assertThat(file.format()).isEqualTo("csv:ing-de");
            assertThat(file.statements().get(0).account().iban()).isEqualTo("DE89370400440532013000");
            assertThat(file.statements().get(0).closingBalance().signedMinor()).isEqualTo(100000L);
            assertThat(file.statements().get(0).closingBalance().date()).isEqualTo(LocalDate.of(2023, 12, 31));
            assertThat(file.warnings()).extracting(Warning::code, Warning::line)
                    .containsExactly(Tuple.tuple(WarningCodes.CSV_PREAMBLE_SKIPPED, 1));
        }

        @Test
        void the_delimiter_is_sniffed() throws Exception {
            ParsedFile file = read("Booking Date\tAmount\tCurrency\n2024-01-02\t-1,234.50\tEUR\n");
            assertThat(file.statements().get(0).entries().get(0).signedMinor()).isEqualTo(-123450L);
        }

        @Test
        void a_file_without_a_known_header_is_refused_with_the_reason() {
            assertThatThrownBy(() -> read("a;b;c\n1;2;3\n")).isInstanceOfSatisfying(StatementParseException.class,
                    e -> assertThat(e.errors().get(0).message()).contains("known bank", "--profile"));
        }

        @Test
        void a_known_header_without_one_readable_row_is_refused_with_each_rows_reason() {
            assertThatThrownBy(() -> read("Booking Date,Amount,Currency\nyesterday,1.00,EUR\n"))
                    .isInstanceOfSatisfying(StatementParseException.class, e -> assertThat(e.errors())
                            .extracting(error -> error.line()).containsExactly(0, 2));
        }

        @Test
        void a_quoted_text_with_an_mt_tag_at_a_line_start_does_not_make_the_file_mt() throws Exception {
            byte[] csv = "Booking Date,Amount,Currency,Description\n2024-01-02,1.00,EUR,\"see\n:20:STARTUMS\"\n"
                    .getBytes(StandardCharsets.UTF_8);
            ParsedFile file = new StatementFileParser(ParseLimits.defaults(), null).parse("t.csv", csv);
            assertThat(file.format()).isEqualTo("csv:generic");
            assertThat(file.statements().get(0).entries().get(0).description()).isEqualTo("see\n:20:STARTUMS");
        }

        @Test
        void a_label_line_without_a_value_takes_it_from_the_next_line() throws Exception {
            ParsedFile file = read("#Za okres:;\n01.01.2024;31.01.2024;\n#Waluta;#Wpływy;\nPLN;10,00;\n"
                    + "#Data operacji;#Opis operacji;#Kwota;\n2024-01-10;Wpłata;10,00;\n");
            assertThat(file.format()).isEqualTo("csv:mbank-pl");
            assertThat(file.statements().get(0).currency()).isEqualTo("PLN");
            assertThat(file.warnings()).isEmpty();
        }

        @Test
        void a_balance_stated_in_a_row_among_the_entries_is_a_balance_not_an_entry() throws Exception {
            String header = "Buchungstag;Valuta;A;B;C;D;E;F;Vorgang/Verwendungszweck;Kundenreferenz;Währung;Umsatz; \n";
            ParsedFile file = read(header + "02.01.2024;02.01.2024;;;;;;;Miete;;EUR;100,00;S\n"
                    + "31.12.2023;;;;;;;;;Anfangssaldo;EUR;50,00;S\n");
            assertThat(file.format()).isEqualTo("csv:volksbank-de");
            assertThat(file.statements().get(0).entries()).hasSize(1);
            assertThat(file.statements().get(0).openingBalance().signedMinor()).isEqualTo(-5000L);
        }

        @Test
        void unreadable_rows_past_a_thousand_are_counted_in_one_warning() throws Exception {
            ParsedFile file = read("Booking Date,Amount,Currency\n2024-01-02,1.00,EUR\n" + "junk\n".repeat(1_500));
            assertThat(file.warnings()).hasSize(CsvParser.MAX_ROW_WARNINGS + 1);
            assertThat(file.warnings().get(CsvParser.MAX_ROW_WARNINGS).message()).startsWith("500 more rows skipped");
        }

        @Test
        void windows_1252_text_keeps_its_euro_sign_and_umlauts() throws Exception {
            String text = "Booking Date;Amount;Currency;Description\n2024-01-02;5.00;EUR;Gebühr 5 €\n";
            ParsedFile file = new CsvParser(null, ParseLimits.defaults()).parse("t.csv",
                    text.getBytes(Charset.forName("windows-1252")));
            assertThat(file.statements().get(0).entries().get(0).description()).isEqualTo("Gebühr 5 €");
        }
    }

    @Nested
    class Numbers {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "-1.234,56|,|-1234.56", "1.234,56-|,|-1234.56", "(12.50)|.|-12.50", "+7|.|7", "1,234.56|.|1234.56",
            "1 234,56|,|1234.56", "1'234.56|.|1234.56", "123,45 S|,|-123.45", "123,45 H|,|123.45",
            "12.00 CR|.|12.00", "12.00 DR|.|-12.00", "-1 000,00 PLN|,|-1000.00", "1.234.567|,|1234567",
            "1,234.500|.|1234.500", "0,5|,|0.5"})
        void amounts_are_read_exactly_in_every_bank_notation(String text, char mark, String expected) {
            assertThat(CsvNumbers.parse(text, mark).value()).isEqualByComparingTo(new BigDecimal(expected));
            assertThat(CsvNumbers.parse(text, mark).markGuessed()).isFalse();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"12.5|,|12.5", "1.234,56|.|1234.56", "1,5|.|1.5"})
        void an_amount_against_the_profiles_decimal_mark_is_read_by_its_shape_and_flagged(String text, char mark,
                                                                                         String expected) {
            assertThat(CsvNumbers.parse(text, mark).value()).isEqualByComparingTo(new BigDecimal(expected));
            assertThat(CsvNumbers.parse(text, mark).markGuessed()).isTrue();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"1e3|.", "--1|.", "ten|.", "1,2,3|.", "1.23.4|,", "-|.", "12,50,1|,"})
        void text_that_is_no_amount_is_none(String text, char mark) {
            assertThat(CsvNumbers.parse(text, mark)).isNull();
        }

        @Test
        void the_currency_written_beside_an_amount_is_kept() {
            assertThat(CsvNumbers.parse("1 000,00 PLN", ',').currency()).isEqualTo("PLN");
            assertThat(CsvNumbers.parse("EUR -5.00", '.').currency()).isEqualTo("EUR");
        }
    }
}
