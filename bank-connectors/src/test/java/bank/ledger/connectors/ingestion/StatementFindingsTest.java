package bank.ledger.connectors.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.connectors.formats.model.Account;
import bank.ledger.connectors.formats.model.Balance;
import bank.ledger.connectors.formats.model.CreditDebit;
import bank.ledger.connectors.formats.model.Entry;
import bank.ledger.connectors.formats.model.ParsedFile;
import bank.ledger.connectors.formats.model.Statement;
import bank.ledger.connectors.formats.model.Warning;
import bank.ledger.connectors.formats.model.WarningCodes;
import bank.ledger.domain.statement.api.StatementWarning;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** What is odd about a statement is recorded on it, under stable codes, and refuses nothing. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StatementFindingsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    private static Statement statement(long sequence, long opening, long closing, List<Warning> warnings) {
        Entry entry = new Entry(500, CreditDebit.CRDT, DAY, DAY, "R", null, null, null, null, null, false, null, null, true);
        return new Statement("MT940", new Account("DE89370400440532013000", null, null), "EUR", "S" + sequence,
                sequence, null, Balance.ofSigned(opening, DAY), Balance.ofSigned(closing, DAY), null, List.of(entry),
                (int) sequence * 10, warnings);
    }

    @Test
    void a_balance_that_does_not_add_up_is_a_warning_with_the_banks_difference_on_its_statement_only() {
        ParsedFile file = new ParsedFile("f.sta", "MT940", List.of(statement(1, 0, 500, List.of()),
                statement(2, 500, 1_123, List.of())));

        List<StatementFindings> findings = StatementFindings.of(file);

        assertThat(findings.get(0).warnings()).isEmpty();
        assertThat(findings.get(0).differenceMinor()).isNull();
        assertThat(findings.get(1).warnings()).extracting(StatementWarning::code)
                .containsExactly(WarningCodes.BALANCE_MISMATCH);
        assertThat(findings.get(1).warnings().get(0).line()).isEqualTo(20);
        assertThat(findings.get(1).differenceMinor()).isEqualTo(1_123 - 1_000);
    }

    @Test
    void the_files_warnings_come_first_then_the_statements_then_the_validators() {
        Warning outside = new Warning(WarningCodes.UNREADABLE_LINE, 1, "BANK EXPORT 2026");
        Warning own = new Warning(WarningCodes.INVALID_DATE, 14, "date \"261131\"");
        ParsedFile file = new ParsedFile("f.sta", "MT940", List.of(statement(1, 0, 500, List.of()),
                statement(3, 400, 900, List.of(own))), List.of(outside));

        List<StatementFindings> findings = StatementFindings.of(file);

        assertThat(findings.get(0).warnings()).extracting(StatementWarning::code)
                .containsExactly(WarningCodes.UNREADABLE_LINE);
        assertThat(findings.get(1).warnings()).extracting(StatementWarning::code).containsExactly(
                WarningCodes.UNREADABLE_LINE, WarningCodes.INVALID_DATE, WarningCodes.OPENING_NOT_PREVIOUS_CLOSING,
                WarningCodes.SEQUENCE_GAP);
    }

    @Test
    void a_statement_records_at_most_its_limit_of_warnings_with_their_messages_cleaned() {
        List<Warning> many = IntStream.rangeClosed(1, 150)
                .mapToObj(i -> new Warning(WarningCodes.UNREADABLE_LINE, i, "line\u0000" + i)).toList();
        ParsedFile file = new ParsedFile("f.sta", "MT940", List.of(statement(1, 0, 500, many)));

        List<StatementWarning> recorded = StatementFindings.of(file).get(0).warnings();

        assertThat(recorded).hasSize(StatementFindings.WARNINGS_MAX);
        assertThat(recorded.get(0).message()).isEqualTo("line\uFFFD1");
    }
}
