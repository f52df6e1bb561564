package bank.ledger.connectors.formats.camt;

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
import bank.ledger.connectors.formats.model.WarningCodes;
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

    /** These two fixtures were refused whole before issue 13; now their statement is read and every oddity flagged. */
    @Test
    void everyBadValueIsReadOrSkippedWithAWarningAtItsLine() throws Exception {
        Statement s = Fixtures.parse("camt/broken_values.xml").statements().get(0);
        assertThat(s.entries()).hasSize(3);
        assertThat(s.entries().get(0).warnings()).extracting(Warning::code, Warning::line)
                .containsExactly(tuple(WarningCodes.EXCESS_DECIMALS, 9), tuple(WarningCodes.UNKNOWN_STATUS, 9));
        assertThat(s.entries().get(1).warnings()).extracting(Warning::code)
                .contains(WarningCodes.NO_ACCOUNT_AMOUNT);
        assertThat(s.warnings()).extracting(Warning::code, Warning::line)
                .containsExactly(tuple(WarningCodes.ENTRY_SKIPPED, 11));
        assertThat(s.warnings().get(0).message()).contains("CREDIT");
    }

    @Test
    void malformedXmlBeforeAnyStatementNamesTheLine() {
        assertThatThrownBy(() -> Fixtures.parse("camt/broken_unclosed.xml"))
                .isInstanceOfSatisfying(StatementParseException.class, e ->
                        assertThat(e.errors()).extracting(ParseError::line).contains(6));
    }

    @Test
    void aVersionNewerThanAnyKnownIsReadAndFlagged() throws Exception {
        ParsedFile file = Fixtures.parse("camt/unsupported_version.xml");
        assertThat(file.format()).isEqualTo("camt.053.001.99");
        assertThat(file.warnings()).extracting(Warning::code).containsExactly(WarningCodes.UNKNOWN_VERSION);
    }

    @Test
    void otherMessagesAndDoctypesAreRefused() {
        assertThatThrownBy(() -> Fixtures.parse("camt/pain001.xml")).hasMessageContaining("pain.001.001.09");
        assertThatThrownBy(() -> Fixtures.parse("camt/xxe.xml")).hasMessageContaining("document type");
    }
}
