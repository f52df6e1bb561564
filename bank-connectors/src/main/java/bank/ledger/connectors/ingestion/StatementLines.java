package bank.ledger.connectors.ingestion;

import bank.ledger.connectors.statement.Entry;
import bank.ledger.connectors.statement.Statement;
import bank.ledger.domain.statement.api.StatementHeader;
import bank.ledger.domain.statement.api.StatementLine;
import java.util.ArrayList;
import java.util.List;

/** From the parsers' normalized model to the domain's statement records, truncating free text to its column size. */
final class StatementLines {
    private StatementLines() {
    }

    static StatementHeader header(Statement statement, String ledgerAccountId, String channel) {
        return new StatementHeader(statement.account().id(), statement.currency(),
                StatementKeys.messageType(statement.format()), statement.format(), cut(statement.statementId(), 128),
                statement.sequence(), statement.page(),
                statement.openingBalance() == null ? null : statement.openingBalance().signedMinor(),
                statement.closingBalance() == null ? null : statement.closingBalance().signedMinor(),
                StatementKeys.closingDate(statement), statement.entries().size(), ledgerAccountId, channel);
    }

    /** Lines {@code from} (0-based) up to {@code to}, numbered from 1 in file order. */
    static List<StatementLine> lines(Statement statement, int from, int to) {
        List<StatementLine> lines = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            Entry e = statement.entries().get(i);
            lines.add(new StatementLine(i + 1, e.signedMinor(), e.bookingDate(), e.valueDate(), cut(e.reference(), 128),
                    cut(e.customerReference(), 128), cut(e.endToEndId(), 128), cut(e.counterparty(), 200),
                    cut(e.counterpartyAccount(), 64), cut(e.description(), 1000), e.booked()));
        }
        return lines;
    }

    static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
