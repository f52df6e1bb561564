package bank.ledger.connectors.mt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.ledger.connectors.statement.CreditDebit;
import bank.ledger.connectors.statement.Entry;
import bank.ledger.connectors.statement.Fixtures;
import bank.ledger.connectors.statement.ParseError;
import bank.ledger.connectors.statement.ParsedFile;
import bank.ledger.connectors.statement.Statement;
import bank.ledger.connectors.statement.StatementParseException;
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
    void reportsEveryBadLineWithItsNumber() {
        assertThatThrownBy(() -> Fixtures.parse("mt/broken_lines.sta"))
                .isInstanceOfSatisfying(StatementParseException.class, e -> {
                    assertThat(e.errors()).extracting(ParseError::line).containsExactly(4, 5, 7, 9);
                    assertThat(e.errors().get(0).message()).contains("decimal comma");
                    assertThat(e.errors().get(1).message()).contains("3 decimals", "allows 2");
                    assertThat(e.errors().get(3).message()).contains("240132");
                    assertThat(e.getMessage()).contains("broken_lines.sta:4:");
                });
    }

    @Test
    void truncatedMessageAndStrayTextAreErrors() {
        assertThatThrownBy(() -> Fixtures.parse("mt/broken_truncated.sta"))
                .isInstanceOfSatisfying(StatementParseException.class, e -> {
                    assertThat(e.errors()).extracting(ParseError::line).containsExactly(1, 2);
                    assertThat(e.errors().get(1).message()).contains("lacks :62:");
                });
    }
}
