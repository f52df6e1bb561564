package bank.ledger.connectors.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import bank.ledger.connectors.formats.model.Account;
import bank.ledger.connectors.formats.model.CreditDebit;
import bank.ledger.connectors.formats.model.Entry;
import bank.ledger.connectors.formats.model.Statement;
import bank.ledger.domain.refusal.TextRules;
import bank.ledger.domain.statement.api.StatementLine;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** A bank's text is recorded cleaned, never refused, and always fits what the ledger stores. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StatementLinesTest {
    private static Statement statementWith(String text) {
        Entry entry = new Entry(100, CreditDebit.CRDT, LocalDate.of(2026, 1, 2), null, text, text, text, text, text,
                text, false, null, null, true);
        return new Statement("camt.053.001.08", new Account("DE02" + text, null, null), "EUR", text, null, null, null,
                null, null, List.of(entry));
    }

    @Test
    void control_characters_u0000_and_unpaired_surrogates_are_replaced_in_every_line_text() {
        StatementLine line = StatementLines.lines(statementWith("a\u0000b\u0007c\nd\ud800"), 0, 1).get(0);
        for (String text : List.of(line.reference(), line.customerReference(), line.endToEndId(), line.counterparty(),
                line.counterpartyAccount(), line.description())) {
            assertThat(text).isEqualTo("a\uFFFDb\uFFFDc d\uFFFD");
        }
    }

    @Test
    void the_header_texts_are_cleaned_too() {
        var header = StatementLines.header(statementWith("x\u0000"), new StatementFindings(List.of(), null), "bank-eur", "upload");
        assertThatCode(() -> TextRules.requireLine(header.bankAccount(), "bankAccount")).doesNotThrowAnyException();
        assertThatCode(() -> TextRules.requireLine(header.statementId(), "statementId")).doesNotThrowAnyException();
    }

    @Test
    void cutting_to_the_column_size_never_splits_a_surrogate_pair() {
        String text = "r".repeat(127) + "\ud83d\ude00";
        StatementLine line = StatementLines.lines(statementWith(text), 0, 1).get(0);
        assertThat(line.reference()).isEqualTo("r".repeat(127));
        assertThatCode(() -> TextRules.requireLine(line.reference(), "reference")).doesNotThrowAnyException();
    }
}
