package bank.ledger.connectors.formats.mt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import bank.ledger.connectors.formats.model.CreditDebit;
import bank.ledger.connectors.formats.model.Entry;
import bank.ledger.connectors.formats.model.Fixtures;
import bank.ledger.connectors.formats.model.ParseError;
import bank.ledger.connectors.formats.model.ParsedFile;
import bank.ledger.connectors.formats.model.Statement;
import bank.ledger.connectors.formats.model.StatementParseException;
import bank.ledger.connectors.formats.model.Warning;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MtParserTest {
    @Test
    void finMessagesWithStructuredWrappedDetailsReversalsAndYearEnd() throws Exception {
        ParsedFile file = Fixtures.parse("mt/mt940_fin_quirks.sta");
        assertThat(file.format()).isEqualTo("MT940");
        assertThat(file.statements()).hasSize(2);
        Statement s = file.statements().get(0);
        assertThat(s.account().iban()).isEqualTo("DE89370400440532013000");
        assertThat(s.account().bic()).isEqualTo("COBADEFFXXX");
        assertThat(s.sequence()).isEqualTo(123L);
        assertThat(s.page()).isEqualTo(1);
        assertThat(s.openingBalance().amountMinor()).isEqualTo(100000L);

        Entry credit = s.entries().get(0);
        assertThat(credit.valueDate()).isEqualTo(LocalDate.of(2023, 12, 29));
        assertThat(credit.bookingDate()).as("entry date 0102 after value date 231229").isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(credit.endToEndId()).isEqualTo("E2E-4711");
        assertThat(credit.description()).as("?2 wrapped before its digit").isEqualTo("Invoice 4711 of December");
        assertThat(credit.counterparty()).isEqualTo("ACME GmbH Handelsgesellschaft");
        assertThat(credit.counterpartyAccount()).isEqualTo("DE02120300000000202051");
        assertThat(credit.proprietaryCode()).isEqualTo("166");
        assertThat(credit.reference()).isEqualTo("BANKREF-1");
        assertThat(credit.customerReference()).isNull();

        Entry reversal = s.entries().get(1);
        assertThat(reversal.reversal()).isTrue();
        assertThat(reversal.creditDebit()).as("RD, reversal of a debit, credits the account").isEqualTo(CreditDebit.CRDT);
        assertThat(reversal.customerReference()).isEqualTo("CUST-REF");

        assertThat(s.entries().get(2).description())
                .isEqualTo("Card payment GROCERY STORE BERLIN 28.12. 18:45 with a very long text that the bank wrapped");
        assertThat(file.statements().get(1).entries().get(0).amountMinor()).isEqualTo(100_000_000L);
    }

    @Test
    void bareMessagesWithoutHeadersThreeDecimalCurrencyAndPages() throws Exception {
        ParsedFile file = Fixtures.parse("mt/mt940_bare_multi.sta");
        assertThat(file.statements()).extracting(Statement::statementId).containsExactly("940-BARE-1", "940-BARE-2");
        Statement first = file.statements().get(0);
        assertThat(first.account().number()).isEqualTo("37040044/0532013000");
        assertThat(first.currency()).isEqualTo("KWD");
        assertThat(first.openingBalance().signedMinor()).isEqualTo(-12_345L);
        assertThat(first.entries()).extracting(Entry::amountMinor).containsExactly(1_500L, 10_005L);
        assertThat(first.entries().get(1).creditDebit()).as("D with funds code K").isEqualTo(CreditDebit.DBIT);
        Statement second = file.statements().get(1);
        assertThat(second.page()).isEqualTo(2);
        assertThat(second.closingBalance().amountMinor()).as("\"0,\" is zero").isZero();
    }

    @Test
    void mt942WithTotalsAndNoTrailingLineBreak() throws Exception {
        ParsedFile file = Fixtures.parse("mt/mt942_intraday.sta");
        Statement s = file.statements().get(0);
        assertThat(s.format()).isEqualTo("MT942");
        assertThat(s.currency()).isEqualTo("EUR");
        assertThat(s.openingBalance()).isNull();
        assertThat(s.totals().creditMinor()).isEqualTo(50_000L);
        assertThat(s.entries()).hasSize(2);
        assertThat(s.entries().get(1).description()).isEqualTo("Phone bill");
    }

    @Test
    void readsAFileWithBadLinesAndFlagsEachWithItsNumber() throws Exception {
        ParsedFile file = Fixtures.parse("mt/broken_lines.sta");
        Statement s = file.statements().get(0);
        assertThat(s.openingBalance().amountMinor()).as("a dot as the decimal mark").isEqualTo(10_000L);
        assertThat(s.entries()).extracting(Entry::line).containsExactly(5, 8);
        Entry excess = s.entries().get(0);
        assertThat(excess.amount()).as("kept exactly").isEqualByComparingTo("1.234");
        assertThat(excess.amountMinor()).as("balance effect rounded half-even").isEqualTo(123L);
        assertThat(excess.warnings()).extracting(Warning::code).containsExactly("excessDecimals");
        assertThat(excess.description()).as("the continuation line").isEqualTo("this is continuation of :61:");
        assertThat(s.warnings()).extracting(Warning::code, Warning::line)
                .containsExactly(tuple("unreadableLine", 7), tuple("invalidDate", 9));
        assertThat(s.warnings().get(1).message()).contains("240132");
        assertThat(s.closingBalance().date()).as("the statement's date from the opening balance")
                .isEqualTo(LocalDate.of(2024, 1, 1));
    }

    @Test
    void readsATruncatedMessageAndFlagsStrayTextAndTheMissingClosingBalance() throws Exception {
        ParsedFile file = Fixtures.parse("mt/broken_truncated.sta");
        assertThat(file.warnings()).extracting(Warning::code, Warning::line).containsExactly(tuple("textOutsideMessage", 1));
        Statement s = file.statements().get(0);
        assertThat(s.closingBalance()).isNull();
        assertThat(s.entries()).hasSize(1);
        assertThat(s.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("missingField");
            assertThat(w.line()).isEqualTo(2);
            assertThat(w.message()).contains(":62F:");
        });
    }

    @Test
    void refusesAFileOnlyWhenNoStatementCanBeRead() {
        assertThatThrownBy(() -> Fixtures.parse("mt/unreadable.sta"))
                .isInstanceOfSatisfying(StatementParseException.class, e -> {
                    assertThat(e.errors()).extracting(ParseError::line).containsExactly(2);
                    assertThat(e.errors().get(0).message()).contains("NOCURRENCY", "no currency");
                });
    }
}
