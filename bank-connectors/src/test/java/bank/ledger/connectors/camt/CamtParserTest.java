package bank.ledger.connectors.camt;

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

class CamtParserTest {
    @Test
    void statementWithBatchEntryAndPreviouslyClosedBalance() throws Exception {
        ParsedFile file = Fixtures.parse("camt/camt053.001.02_two_statements.xml");
        assertThat(file.format()).isEqualTo("camt.053.001.02");
        Statement first = file.statements().get(0);
        assertThat(first.account().number()).isEqualTo("0532013000");
        assertThat(first.account().bic()).isEqualTo("UBSWCHZH80A");
        assertThat(first.openingBalance().signedMinor()).as("PRCD stands for the opening").isEqualTo(-1000L);
        assertThat(first.closingBalance().signedMinor()).isEqualTo(9000L);
        Entry batch = first.entries().get(0);
        assertThat(batch.endToEndId()).as("two TxDtls: no single end-to-end id").isNull();
        assertThat(batch.description()).isEqualTo("Batch of 2 credits");
        assertThat(batch.proprietaryCode()).isEqualTo("CH03");
        assertThat(batch.reference()).isEqualTo("UBS-REF-1");
        assertThat(batch.valueDate()).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(file.statements().get(1).sequence()).isEqualTo(3L);
    }

    @Test
    void intradayReportWithPendingEntryAndStructuredReference() throws Exception {
        Statement s = Fixtures.parse("camt/camt052.001.08_intraday.xml").statements().get(0);
        assertThat(s.closingBalance().amountMinor()).as("last ITBD").isEqualTo(45000L);
        Entry paid = s.entries().get(0);
        assertThat(paid.counterparty()).isEqualTo("Supplier <UK> Ltd");
        assertThat(paid.counterpartyAccount()).isEqualTo("GB94BARC10201530093459");
        assertThat(paid.description()).isEqualTo("RF18539007547034");
        assertThat(paid.bankTransactionCode()).isEqualTo("PMNT/ICDT/DMCT");
        assertThat(s.entries().get(1).booked()).isFalse();
        assertThat(s.entries().get(1).bookingDate()).isNull();
    }

    @Test
    void notificationTakesCurrencyFromEntriesWhenAccountHasNone() throws Exception {
        Statement s = Fixtures.parse("camt/camt054.001.04_notification.xml").statements().get(0);
        assertThat(s.currency()).isEqualTo("JPY");
        assertThat(s.entries().get(0).amountMinor()).isEqualTo(1500L);
        assertThat(s.entries().get(0).counterparty()).isEqualTo("Yamada Taro");
        assertThat(s.entries().get(0).counterpartyAccount()).isEqualTo("1234567");
        assertThat(s.entries().get(0).creditDebit()).isEqualTo(CreditDebit.CRDT);
        assertThat(s.totals().creditCount()).isEqualTo(1);
    }

    @Test
    void everyBadValueIsReportedWithItsLine() {
        assertThatThrownBy(() -> Fixtures.parse("camt/broken_values.xml"))
                .isInstanceOfSatisfying(StatementParseException.class, e -> {
                    assertThat(e.errors()).extracting(ParseError::line).containsExactly(9, 10, 11, 11);
                    assertThat(e.errors().get(0).message()).contains("10.005", "3 decimals");
                    assertThat(e.errors().get(1).message()).contains("USD");
                });
    }

    @Test
    void malformedXmlNamesTheLine() {
        assertThatThrownBy(() -> Fixtures.parse("camt/broken_unclosed.xml"))
                .isInstanceOfSatisfying(StatementParseException.class, e ->
                        assertThat(e.errors().get(0).line()).isEqualTo(6));
    }

    @Test
    void unknownVersionOtherMessagesAndDoctypesAreRefused() {
        assertThatThrownBy(() -> Fixtures.parse("camt/unsupported_version.xml"))
                .hasMessageContaining("camt.053.001.99 is not a message version");
        assertThatThrownBy(() -> Fixtures.parse("camt/pain001.xml")).hasMessageContaining("pain.001.001.09");
        assertThatThrownBy(() -> Fixtures.parse("camt/xxe.xml")).hasMessageContaining("document type");
    }
}
